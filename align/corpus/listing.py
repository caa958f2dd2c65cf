"""Finding the document pairs a command works on: two files, a directory of twins, or a list."""

from __future__ import annotations

from pathlib import Path

from align.errors import AlignError


def document_pairs(ko: Path | None, zh: Path | None, listing: Path | None) -> list[tuple[Path, Path]]:
    """Pairs from `KO ZH`, from a directory of `NAME.ko.txt`/`NAME.zh.txt` twins (given as KO), or
    from a TSV listing `ko_path<TAB>zh_path` per line (relative paths are relative to the listing)."""
    pairs: list[tuple[Path, Path]] = []
    if listing is not None:
        try:
            lines = listing.read_text(encoding="utf-8").splitlines()
        except OSError as error:
            raise AlignError(f"cannot read the pair list: {error.strerror or error}", listing) from None
        for number, line in enumerate(lines, start=1):
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) != 2:
                raise AlignError("expected ko_path<TAB>zh_path", listing, number)
            korean, chinese = (listing.parent / Path(f.strip()) for f in fields)  # an absolute path stays as it is
            for listed, path in zip(fields, (korean, chinese)):
                if not path.is_file():
                    raise AlignError(f"{listed.strip()}: no such file", listing, number)
            pairs.append((korean, chinese))
    if ko is not None and ko.is_dir():
        for korean in sorted(ko.glob("*.ko.txt")):
            chinese = korean.with_name(korean.name[: -len(".ko.txt")] + ".zh.txt")
            if chinese.exists():
                pairs.append((korean, chinese))
        if not pairs:
            raise AlignError("no NAME.ko.txt / NAME.zh.txt twins in this directory", ko)
    elif ko is not None:
        if zh is None:
            raise AlignError("a Korean document needs its Chinese counterpart (KO ZH)", ko)
        pairs.append((ko, zh))
    if not pairs:
        raise AlignError("nothing to read: give KO ZH, a directory of twins, or --pairs FILE")
    return pairs
