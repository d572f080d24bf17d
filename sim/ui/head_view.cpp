// The 3D head view: fixed-function OpenGL (vertex/normal/texcoord arrays, one light, colour material) inside
// SFML's pushGLStates/popGLStates, into a depth-buffered render texture that is blitted as a sprite.
#include "sim/ui/head_view.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <utility>

#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/Sprite.hpp>
#include <SFML/OpenGL.hpp>

#include "sim/flow/frame_pacing.hpp"
#include "sim/model/view_transform.hpp"

namespace stipple {

namespace {

bool same_camera(const HeadCamera& a, const HeadCamera& b) {
    return a.target_mm.x == b.target_mm.x && a.target_mm.y == b.target_mm.y && a.target_mm.z == b.target_mm.z &&
           a.yaw_rad == b.yaw_rad && a.pitch_rad == b.pitch_rad && a.distance_mm == b.distance_mm &&
           a.fov_y_rad == b.fov_y_rad && a.mirrored == b.mirrored;
}

sf::Color scaled(sf::Color c, float r, float g, float b) {
    auto ch = [](sf::Uint8 v, float f) { return sf::Uint8(std::clamp(float(v) * f, 0.0f, 255.0f)); };
    return {ch(c.r, r), ch(c.g, g), ch(c.b, b)};
}

// The iris by skin type: blue-grey for the fairest skins, hazel, then darker browns.
sf::Color iris_color(int fitzpatrick) {
    if (fitzpatrick <= 2) return {88, 112, 132};
    if (fitzpatrick == 3) return {104, 80, 52};
    return {58, 40, 28};
}

// The colour a material is lit with (the skin's comes from its texture: white here, the texture modulates).
sf::Color material_color(HeadMaterial material, const VirtualScalp& scalp) {
    switch (material) {
        case HeadMaterial::skin: return sf::Color::White;
        case HeadMaterial::eye_white: return {236, 232, 224};
        case HeadMaterial::iris: return iris_color(scalp.fitzpatrick);
        case HeadMaterial::ear: return scaled(scalp.skin_tone, 0.97f, 0.88f, 0.86f);  // a little redder than the scalp
    }
    return sf::Color::White;
}

// The skin texture's map region: the head's whole mapped extent.
Bounds skin_region_of(const HeadMap& map) { return head_map_bounds(map); }

}  // namespace

HeadView::HeadView(const PracticeScene& scene, int mesh_rows, int mesh_columns)
    : scene_(scene),
      map_(make_head_map(head_shape_for(scene.lesson().scalp))),
      mesh_(make_head_mesh(map_, std::max(mesh_rows, 8), std::max(mesh_columns, 8))),
      camera_(head_camera_preset(HeadViewPreset::front)),
      skin_region_(skin_region_of(map_)) {
    const double w_mm = std::max(skin_region_.width(), 1.0), h_mm = std::max(skin_region_.height(), 1.0);
    skin_ppm_ = std::min(kSkinTexturePxPerMm, double(kSkinTextureMaxPx) / std::max(w_mm, h_mm));
    const auto w_px = unsigned(std::ceil(w_mm * skin_ppm_)), h_px = unsigned(std::ceil(h_mm * skin_ppm_));
    if (!skin_.create(w_px, h_px)) throw std::runtime_error("head view: cannot make the skin texture");
    skin_.setSmooth(true);
    // The texture's row 0 is the region's max y (as the map is drawn: crown up), column 0 its min x.
    tex_coords_.reserve(mesh_.vertices.size() * 2);
    for (const HeadVertex& v : mesh_.vertices) {
        tex_coords_.push_back(float((v.map_x_mm - skin_region_.min.x) / w_mm));
        tex_coords_.push_back(float((skin_region_.max.y - v.map_y_mm) / h_mm));
    }
}

void HeadView::compose_skin() {
    ViewTransform view;
    view.px_per_mm = skin_ppm_;
    view.center_mm = {(skin_region_.min.x + skin_region_.max.x) / 2.0, (skin_region_.min.y + skin_region_.max.y) / 2.0};
    view.viewport_w_px = float(skin_.getSize().x);
    view.viewport_h_px = float(skin_.getSize().y);
    skin_.clear(scene_.scalp().skin_tone);  // beyond the scene's pictures: the plain skin
    scene_.draw_skin(skin_, view);
    scene_.draw_dots(skin_, view);
    // The skin beyond the picture (down the neck: texture points outside the map's pictured part) takes the
    // texture's edge, so the edge is plain skin, never the map's off-head backdrop.
    sf::RectangleShape frame(sf::Vector2f(float(skin_.getSize().x) - 4.0f, float(skin_.getSize().y) - 4.0f));
    frame.setPosition(2.0f, 2.0f);
    frame.setFillColor(sf::Color::Transparent);
    frame.setOutlineColor(scene_.scalp().skin_tone);
    frame.setOutlineThickness(2.0f);
    skin_.draw(frame);
    skin_.display();
    skin_.generateMipmap();  // the head seen small (conversation distance) stays calm, not sparkling
    skin_version_ = scene_.version();
    ++skin_compositions_;
    if (clock_s_) skin_composed_at_s_ = clock_s_();
}

void HeadView::set_skin_refresh_interval(double interval_s, std::function<double()> clock_s) {
    skin_refresh_interval_s_ = clock_s ? std::max(0.0, interval_s) : 0.0;
    clock_s_ = std::move(clock_s);
}

double HeadView::skin_refresh_in_s() const {
    const bool throttled = skin_refresh_interval_s_ > 0.0 && clock_s_;
    return throttled_refresh_in_s(skin_stale(), skin_compositions_ > 0, throttled ? clock_s_() : 0.0,
                                  skin_composed_at_s_, throttled ? skin_refresh_interval_s_ : 0.0);
}

void HeadView::render_picture(sf::RenderTexture& picture, unsigned width_px, unsigned height_px,
                              unsigned antialiasing) {
    if (picture.getSize() != sf::Vector2u(width_px, height_px)) {
        // Multisampled when asked and the GL has it; plain depth-buffered otherwise.
        if (!(antialiasing > 0 && picture.create(width_px, height_px, sf::ContextSettings(24, 0, antialiasing))) &&
            !picture.create(width_px, height_px, sf::ContextSettings(24)))
            throw std::runtime_error("head view: cannot make a depth-buffered render texture");
        picture.setSmooth(true);  // the turning picture is scaled up
    }
    if (!picture.setActive(true)) throw std::runtime_error("head view: cannot activate the GL context");
    picture.pushGLStates();

    glViewport(0, 0, GLsizei(width_px), GLsizei(height_px));
    glClearColor(0.16f, 0.16f, 0.18f, 1.0f);
    glClearDepth(1.0);
    glDepthMask(GL_TRUE);
    glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
    glEnable(GL_DEPTH_TEST);
    glDepthFunc(GL_LEQUAL);
    glDisable(GL_BLEND);
    glEnable(GL_CULL_FACE);
    glCullFace(GL_BACK);
    glFrontFace(drawn_camera_.mirrored ? GL_CW : GL_CCW);  // the mirror's flip turns the winding round

    // Binding sets the texture matrix (SFML flips render textures); the matrices below come after it.
    sf::Texture::bind(&skin_.getTexture(), sf::Texture::Normalized);

    glMatrixMode(GL_PROJECTION);
    glLoadMatrixf(head_projection_matrix(drawn_camera_, double(width_px) / double(height_px)).data());
    glMatrixMode(GL_MODELVIEW);
    glLoadIdentity();
    // One light that follows the viewer: from above, a little to the viewer's left, in eye space.
    const GLfloat light_dir[4] = {-0.35f, 0.55f, 0.75f, 0.0f};
    const GLfloat ambient[4] = {0.38f, 0.38f, 0.38f, 1.0f};
    const GLfloat diffuse[4] = {0.72f, 0.72f, 0.70f, 1.0f};
    const GLfloat no_light[4] = {0.0f, 0.0f, 0.0f, 1.0f};
    glLightfv(GL_LIGHT0, GL_POSITION, light_dir);
    glLightfv(GL_LIGHT0, GL_AMBIENT, no_light);
    glLightfv(GL_LIGHT0, GL_DIFFUSE, diffuse);
    glLightfv(GL_LIGHT0, GL_SPECULAR, no_light);
    glLightModelfv(GL_LIGHT_MODEL_AMBIENT, ambient);
    glEnable(GL_LIGHTING);
    glEnable(GL_LIGHT0);
    glEnable(GL_COLOR_MATERIAL);
    glColorMaterial(GL_FRONT_AND_BACK, GL_AMBIENT_AND_DIFFUSE);
    glShadeModel(GL_SMOOTH);
    glLoadMatrixf(head_view_matrix(drawn_camera_).data());

    glEnableClientState(GL_VERTEX_ARRAY);
    glEnableClientState(GL_NORMAL_ARRAY);
    glDisableClientState(GL_COLOR_ARRAY);
    const GLsizei stride = sizeof(HeadVertex);
    if (!mesh_.vertices.empty()) {
        glVertexPointer(3, GL_FLOAT, stride, &mesh_.vertices[0].x_mm);
        glNormalPointer(GL_FLOAT, stride, &mesh_.vertices[0].nx);
        glTexCoordPointer(2, GL_FLOAT, 0, tex_coords_.data());
    }
    const VirtualScalp& scalp = scene_.scalp();
    for (const HeadMeshPart& part : mesh_.parts) {
        if (part.index_count == 0 || std::size_t(part.first_index) + part.index_count > mesh_.indices.size()) continue;
        const bool textured = part.material == HeadMaterial::skin;
        if (textured) {
            glEnable(GL_TEXTURE_2D);
            glEnableClientState(GL_TEXTURE_COORD_ARRAY);
        } else {
            glDisable(GL_TEXTURE_2D);
            glDisableClientState(GL_TEXTURE_COORD_ARRAY);
        }
        const sf::Color c = material_color(part.material, scalp);
        glColor4ub(c.r, c.g, c.b, 255);
        glDrawElements(GL_TRIANGLES, GLsizei(part.index_count), GL_UNSIGNED_INT, &mesh_.indices[part.first_index]);
    }
    glDisableClientState(GL_TEXTURE_COORD_ARRAY);
    glDisableClientState(GL_NORMAL_ARRAY);
    glDisableClientState(GL_VERTEX_ARRAY);
    sf::Texture::bind(nullptr);

    picture.popGLStates();
    picture.display();
    ++renders_;
}

void HeadView::draw(sf::RenderTarget& target, sf::FloatRect viewport_px) {
    const auto w = unsigned(std::lround(std::max(0.0f, viewport_px.width)));
    const auto h = unsigned(std::lround(std::max(0.0f, viewport_px.height)));
    if (w == 0 || h == 0) return;
    scene_.pictures_ready();  // takes a finished background bake (the version moves on)
    const bool resized = !drawn_ || viewport_px_.width != float(w) || viewport_px_.height != float(h);
    const bool moved = drawn_ && !same_camera(camera_, drawn_camera_);
    // A stale skin is composed when due (at once unless throttled), or when the picture is rendered anew anyway
    // (a turn, a resize): a new view never shows an old skin.
    if (skin_stale() && (skin_refresh_in_s() == 0.0 || resized || moved || turning_)) compose_skin();
    const bool scene_changed = skin_compositions_ != last_skin_rendered_;
    if (moved && !resized && !scene_changed) {  // turning: a quick picture now, a sharp one when it stops
        drawn_camera_ = camera_;
        render_picture(turning_picture_, std::max(1u, unsigned(float(w) * kTurningScale)),
                       std::max(1u, unsigned(float(h) * kTurningScale)), 0);
        turning_ = true;
    } else if (resized || moved || scene_changed || turning_) {
        drawn_camera_ = camera_;
        render_picture(picture_, w, h, still_antialiasing_);
        turning_ = false;
    }
    last_skin_rendered_ = skin_compositions_;
    drawn_ = true;
    viewport_px_ = {viewport_px.left, viewport_px.top, float(w), float(h)};
    const sf::RenderTexture& shown = turning_ ? turning_picture_ : picture_;
    sf::Sprite sprite(shown.getTexture());
    sprite.setPosition(std::round(viewport_px.left), std::round(viewport_px.top));
    sprite.setScale(float(w) / float(shown.getSize().x), float(h) / float(shown.getSize().y));
    target.draw(sprite, sf::RenderStates(sf::BlendNone));  // opaque: no blending to pay for
}

std::optional<Point> HeadView::pick(sf::Vector2f pixel) const {
    if (!drawn_ || !viewport_px_.contains(pixel)) return std::nullopt;
    const Ray ray = head_pixel_ray(drawn_camera_, double(pixel.x - viewport_px_.left), double(pixel.y - viewport_px_.top),
                                   double(viewport_px_.width), double(viewport_px_.height));
    return pick_map_point(map_, mesh_, ray);
}

}  // namespace stipple
