"""Hostile and damaged recordings: real files, FIFOs and processes, never a mock.

Each of these once hung, blew up the memory or lost an error: a FIFO blocked
the reader forever, a small PNG claiming 16000 x 16000 pixels decoded to
gigabytes (a bigger one raised cv2.error), a video damaged in the middle
ended quietly as if complete, and a tiny sampling interval spun forever.
"""

from __future__ import annotations

import io
import os
import shutil
import struct
import subprocess
import sys
import time
import zlib
from pathlib import Path

import cv2
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from deskguard.capture import (
    DamagedVideoError,
    ImageTooLargeError,
    NotAVideoError,
    UnreadableSourceError,
    open_source,
)
from deskguard.capture.imageinfo import (
    MAX_IMAGE_PIXELS,
    MAX_IMAGE_SIDE_PX,
    ImageHeaderError,
    image_size,
)
from tests.capture.test_sources import _drain
from tests.conftest import REPO


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def black_png(path: Path, width: int, height: int) -> Path:
    """Write a valid, fully decodable black greyscale PNG of any size, cheaply.

    The pixel data is all zeros: deflate blocks of a zero megabyte, each ended
    by a full flush, are byte for byte the same, so one is repeated; the
    Adler-32 of n zero bytes is ((n mod 65521) << 16) | 1.
    """
    raw = height * (width + 1)  # a filter byte, then the row
    mb = 1 << 20
    co = zlib.compressobj(9)
    first = co.compress(bytes(mb)) + co.flush(zlib.Z_FULL_FLUSH)  # with the zlib header
    block = co.compress(bytes(mb)) + co.flush(zlib.Z_FULL_FLUSH)
    assert block == co.compress(bytes(mb)) + co.flush(zlib.Z_FULL_FLUSH)
    full, rest = divmod(raw, mb)
    assert full >= 1
    tail = co.compress(bytes(rest)) + co.flush(zlib.Z_FINISH)
    adler = ((raw % 65521) << 16) | 1
    stream = first + block * (full - 1) + tail[:-4] + struct.pack(">I", adler)
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    chunks = _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", stream) + _chunk(b"IEND", b"")
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunks)
    return path


def test_the_black_png_helper_writes_a_real_png(tmp_path: Path) -> None:
    path = black_png(tmp_path / "small.png", 3000, 700)
    image = cv2.imread(str(path), cv2.IMREAD_UNCHANGED)
    assert image.shape == (700, 3000) and not image.any()


@pytest.fixture(scope="module")
def huge_png(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """16000 x 16000 pixels in well under a megabyte."""
    path = black_png(tmp_path_factory.mktemp("huge") / "huge.png", 16000, 16000)
    assert path.stat().st_size < 1_000_000
    return path


def test_a_small_file_claiming_a_huge_picture_is_refused_before_decoding(huge_png: Path) -> None:
    source = open_source(huge_png)
    with pytest.raises(ImageTooLargeError, match=r"16000 x 16000 pixels.*8192.*40 megapixels"):
        source.read()
    assert source.read() is None


def test_past_the_decoders_own_limit_the_folder_goes_on(tmp_path: Path, datasets_dir: Path) -> None:
    # 40000 x 40000 is past OpenCV's own 2^30-pixel limit: it used to raise cv2.error,
    # which is no CaptureError, so every image after it was abandoned.
    black_png(tmp_path / "a-bigger.png", 40000, 40000)
    shutil.copy(datasets_dir / "aflw2000-3d" / "images" / "image00002.jpg", tmp_path / "b.jpg")
    source = open_source(tmp_path)
    with pytest.raises(ImageTooLargeError, match=r"a-bigger\.png: the image is 40000 x 40000"):
        source.read()
    frame = source.read()
    assert frame is not None and frame.source.endswith("b.jpg")
    assert source.read() is None


def test_limits_are_what_the_docs_say() -> None:
    assert (MAX_IMAGE_SIDE_PX, MAX_IMAGE_PIXELS) == (8192, 40_000_000)


def test_pictures_at_the_limit_are_read(tmp_path: Path) -> None:
    path = black_png(tmp_path / "wide.png", MAX_IMAGE_SIDE_PX, 4000)  # 32.8 MP
    frames = _drain(open_source(path))
    assert frames[0].size == (MAX_IMAGE_SIDE_PX, 4000)
    over = black_png(tmp_path / "over.png", MAX_IMAGE_SIDE_PX + 1, 200)
    with pytest.raises(ImageTooLargeError):
        open_source(over).read()


@pytest.mark.parametrize("ext", [".png", ".jpg", ".bmp", ".webp", ".tif"])
def test_the_header_reader_agrees_with_the_real_encoders(tmp_path: Path, ext: str) -> None:
    image = np.random.default_rng(1).integers(0, 255, (37, 53, 3), dtype=np.uint8)
    ok, data = cv2.imencode(ext, image)
    assert ok
    path = tmp_path / f"x{ext}"
    path.write_bytes(data.tobytes())
    with path.open("rb") as f:
        assert image_size(f) == (53, 37)


def test_the_header_reader_agrees_with_every_real_image(datasets_dir: Path) -> None:
    paths = sorted(datasets_dir.rglob("*.jpg")) + sorted(datasets_dir.rglob("*.png"))
    assert len(paths) >= 500
    for path in paths:
        with path.open("rb") as f:
            size = image_size(f)
        image = cv2.imread(str(path))
        assert size == (image.shape[1], image.shape[0]), path


def test_the_header_reader_refuses_garbage(tmp_path: Path) -> None:
    for data in (b"", b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF89a" + bytes(40), b"BM"):
        path = tmp_path / "x"
        path.write_bytes(data)
        with path.open("rb") as f, pytest.raises(ImageHeaderError):
            image_size(f)


def _run_python(code: str, timeout: float) -> subprocess.CompletedProcess:
    """Run ``code`` in a fresh interpreter from the repository."""
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=timeout,
    )


@pytest.mark.parametrize("name", ["camera.jpg", "clip.mp4"])
def test_a_fifo_is_refused_at_once_not_read_forever(tmp_path: Path, name: str) -> None:
    fifo = tmp_path / name
    os.mkfifo(fifo)
    code = (
        "from deskguard.capture import CaptureError, open_source\n"
        f"try:\n    open_source({str(fifo)!r}).read()\n"
        "except CaptureError as exc:\n    print(exc)\n"
    )
    run = _run_python(code, timeout=30)  # it used to block until killed
    assert run.returncode == 0, run.stderr
    assert f"{fifo}: this is a named pipe (FIFO), not a recording" in run.stdout


def test_a_device_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UnreadableSourceError, match="a device, not a recording"):
        open_source("/dev/zero")


def test_a_tiny_sampling_interval_does_not_spin(datasets_dir: Path) -> None:
    clip = datasets_dir / "face-video-clips" / "single_face.mp4"
    code = (
        "from deskguard.capture import open_source\n"
        f"s = open_source({str(clip)!r}, every_s=1e-300)\n"
        "n = 0\n"
        "while s.read() is not None:\n    n += 1\n"
        "print(n)\n"
    )
    run = _run_python(code, timeout=60)  # adding 1e-300 to a time changed nothing: forever
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "72"  # every frame


def test_non_finite_sampling_intervals_are_refused(datasets_dir: Path) -> None:
    clip = datasets_dir / "face-video-clips" / "single_face.mp4"
    for every_s in (float("nan"), float("inf"), -1.0):
        with pytest.raises(ValueError, match="positive, finite"):
            open_source(clip, every_s=every_s)


def damaged_copy(src: Path, dst: Path) -> Path:
    """``src`` with 4 kB of zeros written over the middle of the file."""
    data = bytearray(src.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 4096] = bytes(4096)
    dst.write_bytes(bytes(data))
    return dst


def test_a_video_damaged_in_the_middle_is_an_error_after_its_good_frames(
    datasets_dir: Path, tmp_path: Path
) -> None:
    clip = damaged_copy(
        datasets_dir / "face-video-clips" / "WolfgangLanger_Pexels.mp4", tmp_path / "damaged.mp4"
    )
    source = open_source(clip)
    frames = []
    with pytest.raises(DamagedVideoError, match=r"breaks off at frame \d+ of 472") as caught:
        while (frame := source.read()) is not None:
            frames.append(frame)
    assert 0 < len(frames) < 472
    assert f"frame {len(frames)} of 472" in str(caught.value)
    assert "damaged or cut short" in str(caught.value)
    assert source.read() is None  # the error is said once; then the source is done


def test_a_truncated_video_is_an_error_after_its_good_frames(
    datasets_dir: Path, tmp_path: Path
) -> None:
    data = (datasets_dir / "face-video-clips" / "WolfgangLanger_Pexels.mp4").read_bytes()
    cut = tmp_path / "cut.mp4"
    cut.write_bytes(data[: len(data) // 3])
    source = open_source(cut, every_s=1.0)
    frames = []
    with pytest.raises(DamagedVideoError, match="of 472"):
        while (frame := source.read()) is not None:
            frames.append(frame)
    assert 0 < len(frames) < 20


def test_complete_videos_are_not_called_damaged(datasets_dir: Path) -> None:
    for clip in sorted((datasets_dir / "face-video-clips").glob("*.mp4")):
        assert len(_drain(open_source(clip))) in (72, 472)
        assert len(_drain(open_source(clip, every_s=5.0))) in (1, 4)


def test_an_image_that_is_not_one_says_so(tmp_path: Path) -> None:
    fake = tmp_path / "photo.jpg"
    fake.write_bytes(b"GIF89a" + bytes(100))
    with pytest.raises(NotAVideoError, match="not an image that can be decoded"):
        open_source(fake).read()


MAGICS = [b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR", b"\xff\xd8", b"BM", b"RIFF\x00\x00\x00\x00WEBP",
          b"II*\x00", b"MM\x00*", b""]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(magic=st.sampled_from(MAGICS), rest=st.binary(max_size=200))
def test_any_header_bytes_give_a_size_or_a_header_error(magic: bytes, rest: bytes) -> None:
    try:
        width, height = image_size(io.BytesIO(magic + rest))
    except ImageHeaderError:
        return
    assert width > 0 and height > 0


def test_a_jpeg_of_fill_bytes_is_refused_quickly(tmp_path: Path) -> None:
    path = tmp_path / "fill.jpg"
    path.write_bytes(b"\xff\xd8" + b"\xff" * (64 << 20))  # 64 MB of 0xFF
    start = time.monotonic()
    with pytest.raises(NotAVideoError, match="damaged JPEG header"):
        open_source(path).read()
    assert time.monotonic() - start < 5


@pytest.mark.parametrize(("ext", "fourcc"), [(".avi", "MJPG"), (".mp4", "mp4v"), (".mkv", "MJPG")])
def test_complete_videos_of_other_containers_are_not_called_damaged(
    tmp_path: Path, ext: str, fourcc: str
) -> None:
    path = tmp_path / f"clip{ext}"
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*fourcc), 15.0, (64, 48))
    assert writer.isOpened()
    for i in range(45):
        writer.write(np.full((48, 64, 3), i * 5, dtype=np.uint8))
    writer.release()
    assert len(_drain(open_source(path))) == 45
    assert len(_drain(open_source(path, every_s=1.0))) == 3
