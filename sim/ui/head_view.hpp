// The 3D view of the client's head: the lesson's head mesh (sim/head) drawn with legacy OpenGL through SFML's
// context into a render texture with a depth buffer, lit by a light that follows the viewer; the skin is
// textured with the scene's map picture and pigment layer (a texture in map mm, recomposed only when the scene
// changes, and with a refresh interval set at most that often: the stale skin is shown meanwhile), the eyes and ears drawn by material (the ears in the skin's Fitzpatrick tone). The 3D picture is
// re-rendered only when the camera, the viewport size or the scene changed (at half size while the camera
// moves, sharp once it stops), and blitted otherwise; a pixel of it picks the map point under it. Needs an
// OpenGL context (a window).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <vector>

#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/RenderTexture.hpp>

#include "scoring/geometry.hpp"
#include "sim/head/head_camera.hpp"
#include "sim/head/head_map.hpp"
#include "sim/head/head_mesh.hpp"
#include "sim/ui/practice_scene.hpp"

namespace stipple {

// The skin grid the view draws (rows x columns of head_mesh): ~19 000 triangles, smooth at 1280x800 and quick
// on software GL (tests/bench/bench_head_view prints the frame time).
inline constexpr int kHeadViewMeshRows = 120;
inline constexpr int kHeadViewMeshColumns = 80;
// The skin texture's resolution (map mm -> texture px), lowered for maps that would exceed kSkinTextureMaxPx.
inline constexpr double kSkinTexturePxPerMm = 4.0;
inline constexpr unsigned kSkinTextureMaxPx = 2048;
// While the camera moves (a drag, a preset's change), the picture is rendered at this share of the viewport's
// size and scaled up: software GL then turns the head at 30 fps or more at 1280x800. The first draw with the
// camera still renders it sharp again (the window draws a few frames after every event, frame_pacing).
inline constexpr float kTurningScale = 0.5f;

class HeadView {
public:
    // Builds the HeadMap and HeadMesh for scene.lesson().scalp; `scene` must outlive the view. Opens at the
    // front preset. Throws std::runtime_error when the GL textures cannot be made.
    explicit HeadView(const PracticeScene& scene, int mesh_rows = kHeadViewMeshRows,
                      int mesh_columns = kHeadViewMeshColumns);
    HeadView(const HeadView&) = delete;
    HeadView& operator=(const HeadView&) = delete;

    const HeadMap& map() const { return map_; }
    const HeadMesh& mesh() const { return mesh_; }
    HeadCamera& camera() { return camera_; }  // change it freely; the next draw notices
    // Multisampling of the still picture (smooth outlines; `stipple render` uses 4), from the next time its
    // size changes (set it before the first draw). Off by default: on
    // software GL 4 samples cost ~90 ms more per re-render at 1280x800 (a dot placed, a turn ending).
    void set_still_antialiasing(unsigned samples) { still_antialiasing_ = samples; }
    // Composing the skin costs ~100 ms on software GL (a ~1000x2000 texture and its mipmaps): while the scene
    // keeps changing (dots placed in quick succession) compose it at most once per `interval_s` of `clock_s`
    // (seconds, any origin), showing the last skin meanwhile. The first draw always composes, and so does one
    // that renders the picture anew for the camera or the size. Off (interval 0,
    // the default: the score screen and `stipple render` show the scene at once).
    void set_skin_refresh_interval(double interval_s, std::function<double()> clock_s);
    // The scene changed since the skin shown was composed: a later draw catches up.
    bool skin_stale() const { return scene_.version() != skin_version_; }
    // Seconds until a draw would compose the stale skin (frame pacing: kNoFrameNeeded when current).
    double skin_refresh_in_s() const;
    // The last picture was the quick one of a turning camera: the next draw renders it sharp.
    bool sharp_picture_due() const { return turning_; }

    // Draws the head into `viewport_px` of `target` (the scene's map picture and pigment layer on the skin,
    // so the healed look set by scene.show_dots shows too). Re-renders only when the camera, the viewport's
    // size or scene.version() changed (a camera change alone: at kTurningScale, then once more sharp at the
    // next draw); blits the last picture otherwise. An empty viewport draws nothing.
    void draw(sf::RenderTarget& target, sf::FloatRect viewport_px);
    // The map point under a pixel of the target inside the last drawn viewport (nullopt: outside it, off the
    // head, or on an eye or an ear).
    std::optional<Point> pick(sf::Vector2f pixel) const;
    // How many times the 3D picture was rendered, and the skin texture composed (tests: only on change).
    std::size_t renders() const { return renders_; }
    std::size_t skin_compositions() const { return skin_compositions_; }
    // The map region the skin texture covers (mm) and its resolution.
    Bounds skin_region() const { return skin_region_; }
    double skin_px_per_mm() const { return skin_ppm_; }

private:
    void compose_skin();
    void render_picture(sf::RenderTexture& picture, unsigned width_px, unsigned height_px, unsigned antialiasing);

    const PracticeScene& scene_;
    HeadMap map_;
    HeadMesh mesh_;
    std::vector<float> tex_coords_;  // per vertex: the skin texture's (s, t) of its map point
    HeadCamera camera_;
    HeadCamera drawn_camera_;
    bool drawn_ = false;
    sf::FloatRect viewport_px_;
    Bounds skin_region_;
    double skin_ppm_ = kSkinTexturePxPerMm;
    sf::RenderTexture skin_;
    std::uint64_t skin_version_ = std::numeric_limits<std::uint64_t>::max();
    sf::RenderTexture picture_;          // the sharp picture, the viewport's size
    sf::RenderTexture turning_picture_;  // while the camera moves: kTurningScale of it
    bool turning_ = false;               // the last render was the turning one (a sharp one is due)
    unsigned still_antialiasing_ = 0;
    std::size_t renders_ = 0;
    std::size_t skin_compositions_ = 0;
    std::size_t last_skin_rendered_ = 0;  // skin_compositions_ when the picture was last rendered
    double skin_refresh_interval_s_ = 0.0;
    std::function<double()> clock_s_;
    double skin_composed_at_s_ = 0.0;     // clock_s_ at the last composition
};

}  // namespace stipple
