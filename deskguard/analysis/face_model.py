"""The canonical face template, read from the face landmarker bundle itself.

The ``.task`` bundle is a zip holding ``geometry_pipeline_metadata_landmarks.binarypb``:
MediaPipe's canonical face mesh (centimetres) and the landmark weights its own
Procrustes uses. Reading them from the verified model file keeps one source
of truth and copies no data into the repo. The file is a small protobuf
(``GeometryPipelineMetadata``); a dozen lines of wire-format reading spare a
protobuf dependency.
"""

from __future__ import annotations

import io
import struct
import zipfile
from collections.abc import Iterator
from pathlib import Path

from deskguard.core.headpose import FaceModel

_METADATA = "geometry_pipeline_metadata_landmarks.binarypb"
#: Eye corners of the face mesh (outer and inner, both eyes).
EYE_CORNER_IDS = (33, 133, 263, 362)
_FLOATS_PER_VERTEX = 5  # x, y, z, u, v


class FaceModelError(ValueError):
    """The bundle does not hold a usable face template."""


def _varint(buf: bytes, i: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        byte = buf[i]
        i += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, i


def _fields(buf: bytes) -> Iterator[tuple[int, int, int | float | bytes]]:
    """(field number, wire type, value) of each field of one protobuf message."""
    i = 0
    while i < len(buf):
        key, i = _varint(buf, i)
        number, wire = key >> 3, key & 7
        value: int | float | bytes
        if wire == 0:
            value, i = _varint(buf, i)
        elif wire == 1:
            value = struct.unpack_from("<d", buf, i)[0]
            i += 8
        elif wire == 2:
            length, i = _varint(buf, i)
            value = buf[i : i + length]
            i += length
        elif wire == 5:
            value = struct.unpack_from("<f", buf, i)[0]
            i += 4
        else:
            raise FaceModelError(f"unsupported protobuf wire type {wire}")
        yield number, wire, value


def parse_geometry_metadata(data: bytes) -> FaceModel:
    """Build the template from the metadata protobuf's bytes."""
    vertices: list[float] = []
    weights: dict[int, float] = {}
    for number, _, value in _fields(data):
        if number == 1 and isinstance(value, bytes):  # canonical_mesh
            for n, wire_type, v in _fields(value):
                if n != 3:  # vertex_buffer
                    continue
                if wire_type == 5 and isinstance(v, float):
                    vertices.append(v)
                elif wire_type == 2 and isinstance(v, bytes):  # packed encoding
                    vertices.extend(struct.unpack(f"<{len(v) // 4}f", v))
        elif number == 2 and isinstance(value, bytes):  # procrustes_landmark_basis
            entry = {n: v for n, _, v in _fields(value)}
            weights[int(entry.get(1, 0))] = float(entry.get(2, 0.0))
    if len(vertices) % _FLOATS_PER_VERTEX or len(vertices) < _FLOATS_PER_VERTEX * 468:
        raise FaceModelError("face template has an unexpected number of vertices")
    mesh = [tuple(vertices[i : i + 3]) for i in range(0, len(vertices), _FLOATS_PER_VERTEX)]
    ids = tuple(sorted(i for i, w in weights.items() if w > 0))
    if len(ids) < 4:
        raise FaceModelError("face template names too few weighted landmarks")
    return FaceModel(
        landmark_ids=ids,
        points_cm=tuple((mesh[i][0], mesh[i][1], mesh[i][2]) for i in ids),
        weights=tuple(weights[i] for i in ids),
        eye_points_cm=tuple((mesh[i][0], mesh[i][1], mesh[i][2]) for i in EYE_CORNER_IDS),
    )


def load_face_model(task: Path | bytes) -> FaceModel:
    """Read the template out of a ``face_landmarker.task`` bundle (a file or its bytes)."""
    name = "the face model" if isinstance(task, bytes) else str(task)
    try:
        with zipfile.ZipFile(io.BytesIO(task) if isinstance(task, bytes) else task) as bundle:
            data = bundle.read(_METADATA)
    except (zipfile.BadZipFile, KeyError) as exc:
        raise FaceModelError(f"{name}: not a face landmarker bundle ({exc})") from exc
    return parse_geometry_metadata(data)
