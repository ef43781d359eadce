// Rotation arithmetic and the input queue that keeps fast taps and removes sticky hover.
#include "core/display_transform.hpp"
#include "platform/input_queue.hpp"

#include <catch2/catch.hpp>

using namespace kiosk;
using platform::InputEvent;
using platform::InputQueue;

TEST_CASE("display transform: logical size swaps for quarter turns") {
    DisplayTransform t(480, 800, Rotation::R90);
    CHECK(t.logical_width() == 800);
    CHECK(t.logical_height() == 480);
    DisplayTransform u(800, 480, Rotation::R180);
    CHECK(u.logical_width() == 800);
}

TEST_CASE("display transform: corners land where a clockwise turn puts them") {
    // Logical top-left goes to the physical top-right for 90 degrees clockwise.
    DisplayTransform r90(480, 800, Rotation::R90);
    CHECK(r90.to_physical(Point{0, 0}).x == 480);
    CHECK(r90.to_physical(Point{0, 0}).y == 0);
    DisplayTransform r270(480, 800, Rotation::R270);
    CHECK(r270.to_physical(Point{0, 0}).x == 0);
    CHECK(r270.to_physical(Point{0, 0}).y == 800);
    DisplayTransform r180(800, 480, Rotation::R180);
    CHECK(r180.to_physical(Point{0, 0}).x == 800);
    CHECK(r180.to_physical(Point{0, 0}).y == 480);
}

TEST_CASE("display transform: to_logical undoes to_physical for every rotation") {
    for (Rotation r : {Rotation::R0, Rotation::R90, Rotation::R180, Rotation::R270}) {
        DisplayTransform t(720, 1280, r);
        for (Point p : {Point{0, 0}, Point{10, 20}, Point{300.5f, 77}}) {
            const Point back = t.to_logical(t.to_physical(p));
            CHECK(back.x == Approx(p.x));
            CHECK(back.y == Approx(p.y));
        }
        const Rect phys = t.to_physical(Rect{10, 20, 100, 50});
        CHECK(phys.w * phys.h == Approx(100 * 50));
    }
}

TEST_CASE("display transform: mirrored, the left of the layout is drawn and touched at the right") {
    DisplayTransform t(800, 480, Rotation::R0);
    t.set_mirrored(true);
    CHECK(t.to_physical(Point{10, 20}).x == Approx(790));
    CHECK(t.to_physical(Point{10, 20}).y == Approx(20));
    const Rect back_button = t.to_physical(Rect{8, 8, 100, 60});
    CHECK(back_button.x == Approx(692));
    CHECK(back_button.w == Approx(100));
    for (Rotation r : {Rotation::R0, Rotation::R90, Rotation::R180, Rotation::R270}) {
        DisplayTransform u(720, 1280, r);
        u.set_mirrored(true);
        for (Point p : {Point{0, 0}, Point{10, 20}, Point{300.5f, 77}}) {
            const Point back = u.to_logical(u.to_physical(p));
            CHECK(back.x == Approx(p.x));
            CHECK(back.y == Approx(p.y));
        }
    }
}

TEST_CASE("input queue: a press and release in the same frame become two frames") {
    InputQueue q;
    q.push({InputEvent::Kind::Move, {10, 10}, 0});
    q.push({InputEvent::Kind::Press, {10, 10}, 0});
    q.push({InputEvent::Kind::Release, {10, 10}, 0});
    const auto first = q.next_frame();
    CHECK(first.down);
    CHECK(first.present);
    REQUIRE(q.pending());
    const auto second = q.next_frame();
    CHECK_FALSE(second.down);
    CHECK(second.present); // released over the button: that is the click
    REQUIRE(q.pending());
    const auto third = q.next_frame();
    CHECK_FALSE(third.present); // then the finger is gone: no hover sticks
    CHECK_FALSE(q.pending());
}

TEST_CASE("input queue: moves before a press arrive with it, characters are collected") {
    InputQueue q;
    q.push({InputEvent::Kind::Move, {1, 1}, 0});
    q.push({InputEvent::Kind::Move, {5, 6}, 0});
    q.push({InputEvent::Kind::Character, {}, U'é'});
    const auto f = q.next_frame();
    CHECK(f.pos.x == 5);
    CHECK(f.pos.y == 6);
    CHECK_FALSE(f.down);
    REQUIRE(f.characters.size() == 1);
    CHECK(f.characters[0] == U'é');
    CHECK(f.had_input);
    CHECK_FALSE(q.next_frame().had_input);
}
