"""An image's width and height from its file header, without decoding a pixel.

A small file can claim an enormous picture (a 0.75 MB PNG of 16000 x 16000
pixels decodes to gigabytes), so the size is read from the header first and a
picture past :data:`MAX_IMAGE_SIDE_PX` or :data:`MAX_IMAGE_PIXELS` is refused
before the decoder allocates anything. Pure Python: PNG, JPEG, BMP, WebP and
TIFF, the formats the folder reader accepts.
"""

from __future__ import annotations

import struct
from typing import BinaryIO

#: The longest side, in pixels, of an image DeskGuard decodes.
MAX_IMAGE_SIDE_PX = 8192
#: The most pixels (width x height) of an image DeskGuard decodes: 40 megapixels.
MAX_IMAGE_PIXELS = 40_000_000
#: The biggest image file DeskGuard reads into memory (an uncompressed 40 MP BMP fits).
MAX_IMAGE_FILE_BYTES = 256 * 1024 * 1024

#: JPEG start-of-frame markers (all but DHT 0xC4, JPG 0xC8 and DAC 0xCC in 0xC0..0xCF).
_JPEG_SOF = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
#: Markers without a length field: TEM, RST0..RST7 (SOI is handled on its own).
_JPEG_STANDALONE = frozenset({0x01, *range(0xD0, 0xD8)})
#: A JPEG whose frame header is not within this many segments is not one we read.
_JPEG_MAX_SEGMENTS = 4096
#: Fill bytes (0xFF) allowed before one marker; a file of nothing else is no JPEG.
_JPEG_MAX_FILL = 4096


class ImageHeaderError(ValueError):
    """The header is not one of the known formats, or is cut short or inconsistent."""


def _read(f: BinaryIO, n: int) -> bytes:
    data = f.read(n)
    if len(data) != n:
        raise ImageHeaderError("the header is cut short")
    return data


def image_size(f: BinaryIO) -> tuple[int, int]:
    """(width, height) from the header of the image file open in ``f`` (binary, seekable).

    Raises :class:`ImageHeaderError` if the file is not a PNG, JPEG, BMP, WebP
    or TIFF image, or its header is damaged.
    """
    head = f.read(32)
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        if len(head) < 24 or head[12:16] != b"IHDR":
            raise ImageHeaderError("a PNG without its IHDR header")
        width, height = struct.unpack(">II", head[16:24])
        return _checked(width, height)
    if head.startswith(b"\xff\xd8"):
        f.seek(2)
        return _jpeg_size(f)
    if head.startswith(b"BM"):
        return _bmp_size(head)
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return _webp_size(head)
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return _tiff_size(f, "<" if head[:2] == b"II" else ">")
    raise ImageHeaderError("not a JPEG, PNG, BMP, WebP or TIFF image")


def _checked(width: int, height: int) -> tuple[int, int]:
    if width <= 0 or height <= 0:
        raise ImageHeaderError(f"the header gives an impossible size of {width} x {height}")
    return width, height


def _jpeg_size(f: BinaryIO) -> tuple[int, int]:
    for _ in range(_JPEG_MAX_SEGMENTS):
        byte = _read(f, 1)
        if byte != b"\xff":
            raise ImageHeaderError("a damaged JPEG header")
        marker = 0xFF
        for _ in range(_JPEG_MAX_FILL):  # fill bytes before the marker
            marker = _read(f, 1)[0]
            if marker != 0xFF:
                break
        if marker == 0xFF:
            raise ImageHeaderError("a damaged JPEG header")
        if marker in _JPEG_STANDALONE or marker == 0xD8:
            continue
        if marker in (0xD9, 0xDA):  # end of image, or the data, before any frame header
            raise ImageHeaderError("a JPEG without a frame header")
        (length,) = struct.unpack(">H", _read(f, 2))
        if length < 2:
            raise ImageHeaderError("a damaged JPEG header")
        if marker in _JPEG_SOF:
            _precision, height, width = struct.unpack(">BHH", _read(f, 5))
            return _checked(width, height)
        f.seek(length - 2, 1)
    raise ImageHeaderError("a JPEG whose frame header could not be found")


def _bmp_size(head: bytes) -> tuple[int, int]:
    if len(head) < 26:
        raise ImageHeaderError("the header is cut short")
    (dib_size,) = struct.unpack("<I", head[14:18])
    if dib_size == 12:  # OS/2 BITMAPCOREHEADER
        width, height = struct.unpack("<HH", head[18:22])
    else:
        width, height = struct.unpack("<ii", head[18:26])
    return _checked(width, abs(height))  # a negative height is a top-down bitmap


def _webp_size(head: bytes) -> tuple[int, int]:
    chunk = head[12:16]
    if chunk == b"VP8 " and len(head) >= 30:
        if head[23:26] != b"\x9d\x01\x2a":
            raise ImageHeaderError("a damaged WebP header")
        width, height = struct.unpack("<HH", head[26:30])
        return _checked(width & 0x3FFF, height & 0x3FFF)
    if chunk == b"VP8L" and len(head) >= 25:
        if head[20] != 0x2F:
            raise ImageHeaderError("a damaged WebP header")
        (bits,) = struct.unpack("<I", head[21:25])
        return _checked((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1)
    if chunk == b"VP8X" and len(head) >= 30:
        width = int.from_bytes(head[24:27], "little") + 1
        height = int.from_bytes(head[27:30], "little") + 1
        return _checked(width, height)
    raise ImageHeaderError("a WebP image of a kind DeskGuard does not read")


def _tiff_size(f: BinaryIO, order: str) -> tuple[int, int]:
    f.seek(4)
    (offset,) = struct.unpack(order + "I", _read(f, 4))
    f.seek(offset)
    (count,) = struct.unpack(order + "H", _read(f, 2))
    found: dict[int, int] = {}
    for _ in range(count):
        tag, kind, _n, value = struct.unpack(order + "HHI4s", _read(f, 12))
        if tag in (256, 257):
            if kind == 3:  # SHORT
                found[tag] = struct.unpack(order + "H", value[:2])[0]
            elif kind == 4:  # LONG
                found[tag] = struct.unpack(order + "I", value)[0]
            else:
                raise ImageHeaderError("a damaged TIFF header")
    if 256 not in found or 257 not in found:
        raise ImageHeaderError("a TIFF image without its width and height")
    return _checked(found[256], found[257])


def size_problem(width: int, height: int) -> str | None:
    """Why a picture of this size is refused, or None if it is within the limits."""
    if max(width, height) > MAX_IMAGE_SIDE_PX or width * height > MAX_IMAGE_PIXELS:
        return (
            f"the image is {width} x {height} pixels, more than DeskGuard reads "
            f"(at most {MAX_IMAGE_SIDE_PX} pixels on a side and "
            f"{MAX_IMAGE_PIXELS // 1_000_000} megapixels); scale it down and try again"
        )
    return None
