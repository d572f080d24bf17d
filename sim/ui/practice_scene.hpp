// What the practice screen draws of the scalp: the generated virtual scalp as textures (a coarse one of the
// whole map and a detailed one around the zone: sim/model/scalp_bake, kept in the user's cache folder by
// sim/flow/scalp_cache), the pigment layer (DotCanvas) and the loupe.
// Needs an OpenGL context (a window).
#pragma once

#include <cstdint>
#include <functional>
#include <future>
#include <optional>
#include <vector>

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/RenderTexture.hpp>
#include <SFML/Graphics/Texture.hpp>

#include "scoring/attempt.hpp"
#include "scoring/lesson.hpp"
#include "sim/model/dot_canvas.hpp"
#include "sim/model/pigment_model.hpp"
#include "sim/model/view_transform.hpp"
#include "sim/model/virtual_scalp.hpp"

namespace stipple {

// Now: the constructor returns with the pictures loaded. InBackground: it returns at once and the pictures
// come from a background thread; until then the skin is drawn in the scalp's plain tone.
enum class ScalpPreparation { Now, InBackground };

class PracticeScene {
public:
    // `lesson` must outlive the scene. Generates the scalp and loads its pictures from the cache, or bakes
    // them on every core (seconds) and keeps them there for the next time.
    explicit PracticeScene(const Lesson& lesson, ScalpPreparation preparation = ScalpPreparation::Now);
    ~PracticeScene();  // waits for a background bake still running
    PracticeScene(const PracticeScene&) = delete;
    PracticeScene& operator=(const PracticeScene&) = delete;

    // True once the pictures are on textures. Takes them from the background thread when it is done (call
    // on the drawing thread; the version changes then, so cached pictures of the scene are redrawn).
    bool pictures_ready() const;
    // True while a background bake has not been taken yet (a screen then asks for frames: the next draw takes it).
    bool pictures_pending() const { return pending_.valid(); }

    const VirtualScalp& scalp() const { return scalp_; }
    const Lesson& lesson() const { return lesson_; }

    void draw_skin(sf::RenderTarget& target, const ViewTransform& view) const;
    void draw_dots(sf::RenderTarget& target, const ViewTransform& view) const { canvas_.draw(target, view); }

    // The needle and shade the dots are made with: the attempt's choice among the lesson's options
    // (scoring/session_choice.hpp), the lesson's own until set. Takes effect for dots drawn afterwards.
    void set_choice(const std::optional<SessionChoice>& choice);
    const Needle& needle() const { return needle_; }
    double dilution() const { return dilution_; }

    // The pigment look of one dot after `days` (0 = fresh), with the chosen needle and shade.
    DotLook look(const Dot& dot, double days, bool sun_exposed) const;
    void add_dot(const Dot& dot) {
        canvas_.add(dot, look(dot, 0.0, false));
        ++version_;
    }
    // Redraws every dot as it looks after `days` (undo, resume, the healed-look preview).
    void show_dots(const std::vector<Dot>& dots, double days, bool sun_exposed);
    // Changes whenever the pigment layer does (pictures of the scene drawn earlier are out of date).
    std::uint64_t version() const { return version_; }

private:
    const Lesson& lesson_;
    Needle needle_;
    double dilution_ = 1.0;
    VirtualScalp scalp_;
    mutable sf::Texture base_texture_;  // mutable: filled when a background bake lands (pictures_ready)
    Bounds base_region_;
    double base_ppm_ = 3.0;
    mutable sf::Texture detail_texture_;
    Bounds detail_region_;
    double detail_ppm_ = 12.0;
    DotCanvas canvas_;
    mutable std::uint64_t version_ = 0;
    struct Pictures {
        sf::Image base, detail;
    };
    mutable std::future<Pictures> pending_;  // the background bake (InBackground), until taken
};

// The loupe: a round magnified window (`zoom` times the view) around `pointer_px`, drawn up and to the right
// of the pointer. `draw_scene` draws the scalp and dots for a given view into the loupe's texture.
void draw_loupe(sf::RenderTarget& target, sf::RenderTexture& buffer, const ViewTransform& view,
                sf::Vector2f pointer_px, double zoom,
                const std::function<void(sf::RenderTarget&, const ViewTransform&)>& draw_scene);

}  // namespace stipple
