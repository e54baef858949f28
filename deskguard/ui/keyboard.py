"""Keyboard helpers shared by the windows: Tab in the order a reader reads."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtWidgets import QDialogButtonBox, QWidget


def tab_as_laid_out(box: QDialogButtonBox) -> None:
    """Tab through ``box``'s buttons left to right, as the desktop's button order lays them out.

    Tab otherwise follows the order the buttons were made in: "Restore
    Defaults", laid out at the far left, would come after "Apply".
    """
    layout = box.layout()
    if layout is None:
        return
    items = (layout.itemAt(i) for i in range(layout.count()))
    shown = [w for item in items if item is not None and (w := item.widget()) is not None]
    for before, after in pairwise(shown):
        QWidget.setTabOrder(before, after)
