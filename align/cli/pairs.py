"""`align pairs`: find which Korean article reports the same event as which Chinese one."""

from pathlib import Path
from typing import Optional

import typer

from align.cli import options
from align.types import TableFormat

_NAMED = 10  # articles in the other pile's language named one by one; the rest are counted


@options.reports_errors
def pairs(
    ko: Path = typer.Argument(..., help="Korean articles: a folder, a list file (.lst, one path per line) or one file; text or HTML.", readable=False),
    zh: Path = typer.Argument(..., help="Chinese articles: a folder, a list file or one file.", readable=False),
    min_score: Optional[float] = typer.Option(None, "--min-score", min=0.0, help="Propose only pairs scoring at least this (default: the settings' threshold)."),
    candidates: Optional[int] = typer.Option(None, "--candidates", min=1, help="List the best K Chinese articles of each Korean one, for review, instead of one-to-one pairs."),
    glossary: Optional[list[str]] = options.Glossaries,
    lang_check: bool = typer.Option(True, "--lang-check/--no-lang-check", help="Leave out an article written in the other pile's language, and refuse piles given the wrong way round."),
    fmt: TableFormat = options.Table,
    output: Optional[Path] = options.Output,
    quiet: bool = options.Quiet,
    force: bool = options.Force,
) -> None:
    """Pair Korean and Chinese articles that report the same event (one-to-one, best first)."""

    from align.corpus.listing import hidden_note, left_out_note, listable, listed_path, pile
    from align.corpus.pairing import PAIR_COLUMNS, PairingSettings, pair_records, pairing_summary, without_copies
    from align.errors import AlignError
    from align.io import atomic_writer, write_records
    from align.terms.glossary import glossary_from_option
    from align.text.document import Document
    from align.text.inputs import language_name, sort_piles
    from align.text.segment import segment_file

    settings = PairingSettings() if min_score is None else PairingSettings().at_least(min_score)  # (checks the score before the piles are read)
    sides = pile(ko), pile(zh)
    ko_paths, zh_paths = sides[0].articles, sides[1].articles
    refused = 0  # articles (or folders of them) left out: the run goes on, and its status says some were
    for side, listed in zip((ko, zh), sides):
        if listed.left_out:
            typer.echo(f"align: {left_out_note(side, listed.left_out)}", err=True)
        if listed.hidden:
            typer.echo(f"align: {hidden_note(side, listed.hidden)}", err=True)
        for folder, why in listed.unreadable:
            typer.echo(f"align: {folder}: cannot read: {why}; the articles in it are left out", err=True)
            refused += 1
        for link in listed.links_up:
            typer.echo(f"align: {link}: a link to a folder that holds the pile; not followed", err=True)
    for side, paths in ((ko, ko_paths), (zh, zh_paths)):
        if not paths:
            raise AlignError("no articles (text or saved pages) found: nothing was written", side)
    options.check_outputs([output], [ko, zh, *ko_paths, *zh_paths], glossary, force)
    documents: dict[str, list[Document]] = {"ko": [], "zh": []}
    every = [(path, lang) for lang, paths in (("ko", ko_paths), ("zh", zh_paths)) for path in paths]
    for path, lang in options.progress(every, len(every), quiet, "read", "file"):
        if not listable(path):
            typer.echo(f"align: {str(path)!r}: a tab or a line break in its name, which a pair list cannot hold; left out (rename it)", err=True)
            refused += 1
            continue
        try:
            documents[lang].append(options.tell_reading_notes(segment_file(path, lang, lang_check=False)))
        except AlignError as error:  # an unreadable article is reported and left out, the run goes on
            typer.echo(f"align: {error}", err=True)
            refused += 1
    if lang_check:
        piles = sort_piles(documents["ko"], documents["zh"], ko, zh)
        for doc, written in piles.left_out[:_NAMED]:
            expected = language_name("zh" if written == "ko" else "ko")
            typer.echo(f"align: {doc}: given as a {expected} article, but it is written in {language_name(written)}; left out", err=True)
        if len(piles.left_out) > _NAMED:
            typer.echo(f"align: {len(piles.left_out) - _NAMED} more articles written in the other pile's language left out", err=True)
        refused += len(piles.left_out)
        documents = {"ko": list(piles.ko), "zh": list(piles.zh)}
    for lang in ("ko", "zh"):
        documents[lang], copies = without_copies(documents[lang])
        for copy, original in copies:  # (not counted as refused: the article is there once)
            again = "listed twice" if copy == original else f"the same article as {original}"
            typer.echo(f"align: {copy}: {again}; left out, so that it is paired once", err=True)
    for lang, side in (("ko", ko), ("zh", zh)):
        if not documents[lang]:
            raise AlignError(f"no {language_name(lang)} article could be read: nothing was written", side)
    records = pair_records(
        documents["ko"], documents["zh"], glossary_from_option(glossary), settings, candidates, lambda items, total: options.progress(items, total, quiet, "pair", "article")
    )
    if output is not None and str(output) != "-":  # the list feeds the corpus commands from any working folder
        records = [{**record, "ko_file": listed_path(str(record["ko_file"]), output), "zh_file": listed_path(str(record["zh_file"]), output)} for record in records]
    with atomic_writer(output) as stream:
        write_records(records, PAIR_COLUMNS, fmt.value, stream)
    # what the run did, on stderr (the table itself may be going to a pipe), with or without a progress bar
    typer.echo(f"align: {pairing_summary(records, len(documents['ko']), len(documents['zh']), candidates)}", err=True)
    if refused:
        raise typer.Exit(1)
