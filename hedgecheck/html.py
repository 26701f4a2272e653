"""A marked-up view of annotated documents: one self-contained HTML page.

Sources are highlighted by attribution type, certainty cues by level,
attribution cues underlined; every highlight's tooltip names the lexicon line
or rule behind it. Each document opens with its sourcing profile as small bar
charts. No script, font or image is fetched: the page works offline.

Highlights may overlap (the cue « confirmé » inside the attribution cue « a
confirmé »), so the text is cut at every highlight boundary and each piece
carries the classes of all highlights covering it.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Iterable

import attrs

from hedgecheck.model import AttributionType, CertaintyLevel, DocumentAnnotation, SourcingProfile

__all__ = ["html_page", "html_section", "render_html"]

ATTRIBUTION_COLOURS = {
    AttributionType.NAMED: "#2e7d32",
    AttributionType.ANONYMOUS: "#ef6c00",
    AttributionType.MEDIA: "#1565c0",
    AttributionType.INSTITUTION: "#6a1b9a",
    AttributionType.VAGUE: "#c62828",
    AttributionType.NONE: "#9e9e9e",
}
LEVEL_COLOURS = {
    CertaintyLevel.CERTAIN: "#cfd8dc",
    CertaintyLevel.PROBABLE: "#fff59d",
    CertaintyLevel.POSSIBLE: "#ffcc80",
    CertaintyLevel.UNCERTAIN: "#ef9a9a",
}

_STYLE = """
body { font: 16px/1.6 Georgia, serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
h1 { font: bold 1.3rem sans-serif; } h2 { font: bold 1rem sans-serif; margin: 1.5rem 0 .3rem; }
.profile { display: flex; gap: 2rem; flex-wrap: wrap; font: .85rem sans-serif; }
.profile svg text { font: 11px sans-serif; }
.legend { font: .85rem sans-serif; margin: 1rem 0; line-height: 2; }
.legend span { padding: 0 .4rem; margin-right: .4rem; border-radius: 3px; }
.article { white-space: pre-wrap; border-top: 1px solid #ccc; padding-top: 1rem; }
.sentence { border-left: 4px solid transparent; }
.src { border-bottom: 3px solid; font-weight: bold; }
.acue { text-decoration: underline dotted; }
.cue { border-radius: 3px; }
.labels { font: .7rem sans-serif; color: #555; vertical-align: super; }
"""


def _classes_css() -> str:
    rules = [f".src-{t.value} {{ border-color: {c}; color: {c}; }}" for t, c in ATTRIBUTION_COLOURS.items()]
    rules += [f".lvl-{lvl.value} {{ background: {c}; }}" for lvl, c in LEVEL_COLOURS.items()]
    rules += [f".sent-{lvl.value} {{ border-left-color: {c}; }}" for lvl, c in LEVEL_COLOURS.items()]
    return "\n".join(rules)


@attrs.frozen(slots=True)
class _Mark:
    start: int
    end: int
    classes: str
    note: str


def _marks(doc: DocumentAnnotation) -> list[_Mark]:
    marks = []
    for sentence in doc.sentences:
        for a in sentence.attributions:
            role = "main source" if a.main else "secondary source"
            typing = f" — {a.typing}" if a.typing is not None else ""
            refers = f" = {a.refers_to.text!r}" if a.refers_to is not None else ""
            if a.source is not None:
                title = f"{role}: {a.type.value}{refers}{typing}"
                marks.append(_Mark(a.source.start, a.source.end, f"src src-{a.type.value}", title))
            cue_from = f" — {a.provenance}" if a.provenance is not None else ""
            if a.cue is not None:
                marks.append(_Mark(a.cue.start, a.cue.end, "acue", f"attribution cue{cue_from}"))
        for cue in sentence.cues:
            marks.append(
                _Mark(
                    cue.start,
                    cue.end,
                    f"cue lvl-{cue.level.value}",
                    f"{cue.level.value} {cue.kind.value} — {cue.provenance}",
                )
            )
    return [m for m in marks if m.start < m.end]


def _article(doc: DocumentAnnotation) -> str:
    """The text with every sentence wrapped and every highlight applied, overlaps included."""
    marks = _marks(doc)
    text = doc.text
    out: list[str] = []
    position = 0
    for sentence in doc.sentences:
        out.append(html.escape(text[position : sentence.start]))
        labels = f"{sentence.certainty.value} · {sentence.attribution.value}"
        if sentence.sourcing is not None:
            labels += f" · {sentence.sourcing.grade}"
        out.append(
            f'<span class="sentence sent-{sentence.certainty.value}" data-index="{sentence.index}" '
            f'data-certainty="{sentence.certainty.value}" data-attribution="{sentence.attribution.value}">'
        )
        inside = [m for m in marks if sentence.start <= m.start and m.end <= sentence.end]
        cuts = sorted({sentence.start, sentence.end, *(m.start for m in inside), *(m.end for m in inside)})
        for left, right in itertools.pairwise(cuts):
            piece = html.escape(text[left:right])
            covering = [m for m in inside if m.start <= left and right <= m.end]
            if covering:
                classes = " ".join(dict.fromkeys(c for m in covering for c in m.classes.split()))
                note = html.escape(" | ".join(m.note for m in covering), quote=True)
                out.append(f'<span class="{classes}" title="{note}">{piece}</span>')
            else:
                out.append(piece)
        out.append(f'<sup class="labels">{html.escape(labels)}</sup></span>')
        position = sentence.end
    out.append(html.escape(text[position:]))
    return "".join(out)


def _bars(title: str, counts: dict[str, int], colours: dict[str, str], total: int) -> str:
    """A small horizontal bar chart as inline SVG."""
    row = 18
    width = 320
    label_width = 90
    parts = [f'<svg width="{width}" height="{row * len(counts) + 22}" role="img" aria-label="{html.escape(title)}">']
    parts.append(f'<text x="0" y="12">{html.escape(title)}</text>')
    for k, (label, count) in enumerate(counts.items()):
        y = 18 + k * row
        length = 0 if not total else round((width - label_width - 40) * count / total)
        colour = colours.get(label, "#999")
        parts.append(f'<text x="0" y="{y + 12}">{html.escape(label)}</text>')
        parts.append(
            f'<rect class="bar" data-label="{html.escape(label)}" x="{label_width}" y="{y + 2}" '
            f'width="{length}" height="{row - 6}" fill="{colour}"/>'
        )
        parts.append(f'<text x="{label_width + length + 4}" y="{y + 12}">{count}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _profile(profile: SourcingProfile) -> str:
    attribution_colours = {t.value: c for t, c in ATTRIBUTION_COLOURS.items()}
    level_colours = {lvl.value: c for lvl, c in LEVEL_COLOURS.items()}
    charts = [
        _bars("attribution", profile.attribution, attribution_colours, profile.sentences),
        _bars("certainty", profile.certainty, level_colours, profile.sentences),
    ]
    sources = "".join(
        f'<li><span class="src src-{s.type.value}">{html.escape(s.text)}</span> ({s.type.value}, '
        f"{s.sentences} sentence{'s' if s.sentences > 1 else ''})</li>"
        for s in profile.sources
    )
    summary = (
        f"<p>{profile.sentences} sentences, {profile.hedged} hedged ({profile.hedged_share:.0%}); "
        + ", ".join(f"{grade} {n}" for grade, n in profile.grades.items())
        + "</p>"
    )
    return f'<div class="profile">{"".join(charts)}<div>{summary}<ul>{sources}</ul></div></div>'


def _legend() -> str:
    sources = "".join(f'<span class="src src-{t.value}">{t.value}</span>' for t in ATTRIBUTION_COLOURS)
    levels = "".join(f'<span class="cue lvl-{lvl.value}">{lvl.value}</span>' for lvl in LEVEL_COLOURS)
    return (
        f'<div class="legend">Sources: {sources}<br>Cues by certainty: {levels} '
        '<span class="acue">attribution cue</span> — hover a highlight for the lexicon line behind it.</div>'
    )


def render_html(docs: Iterable[DocumentAnnotation], title: str = "hedgecheck") -> str:
    """One self-contained page for all ``docs``."""
    return html_page((html_section(doc) for doc in docs), title)


def html_section(doc: DocumentAnnotation) -> str:
    """One document's part of the page: the command line's workers render it where they annotate."""
    name = html.escape(doc.doc or "document")
    return (
        f'<section class="document" data-doc="{name}"><h2>{name} ({html.escape(doc.lang)})</h2>'
        f'{_profile(doc.profile)}{_legend()}<div class="article">{_article(doc)}</div></section>'
    )


def html_page(sections: Iterable[str], title: str = "hedgecheck") -> str:
    """The page around documents rendered by :func:`html_section`."""
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        f"<style>{_STYLE}\n{_classes_css()}</style></head><body><h1>{html.escape(title)}</h1>"
        + "".join(sections)
        + "</body></html>\n"
    )
