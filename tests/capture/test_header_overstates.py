"""A video whose header promises a few more frames than it holds plays to its end (issue 20).

Phone recordings (variable frame rate) often state 98 frames and hold 95.
Every player plays them; ``replay`` stopped the whole run with "frame 97
could not be decoded". A real clip, its last 0.5 % of bytes cut: the header
still says 472 frames, 466 decode.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from deskguard.capture.errors import DamagedVideoError
from deskguard.capture.playback import Playback


@pytest.fixture
def overstated(datasets_dir: Path, tmp_path: Path) -> Path:
    data = (datasets_dir / "face-video-clips" / "WolfgangLanger_Pexels.mp4").read_bytes()
    path = tmp_path / "phone.mp4"
    path.write_bytes(data[: int(len(data) * 0.995)])
    return path


def test_the_missing_tail_shows_the_last_picture_and_the_next_loop_starts_again(
    overstated: Path,
) -> None:
    playback = Playback(overstated, image_s=5.0)
    assert playback.frame_count == 472  # what the header says
    before = playback.frame_at(19.0)
    assert before is not None and before.index == 456
    for t in (19.5, 19.6, 19.68):  # frames 468-471: stated, not in the file
        held = playback.frame_at(t)
        assert held is not None and held.index == before.index
    again = playback.frame_at(playback.duration_s + 0.2)  # the next loop
    assert again is not None and again.index == 5
    playback.close()


def test_a_video_cut_far_short_is_still_damage(datasets_dir: Path, tmp_path: Path) -> None:
    data = (datasets_dir / "face-video-clips" / "WolfgangLanger_Pexels.mp4").read_bytes()
    cut = tmp_path / "cut.mp4"
    cut.write_bytes(data[: len(data) // 2])
    playback = Playback(cut, image_s=5.0)
    with pytest.raises(DamagedVideoError):
        playback.frame_at(18.0)
    playback.close()
