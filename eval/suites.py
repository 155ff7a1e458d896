"""The gold question sets and the documents each is asked over.

- `shipped`: the two shipped documents (corpus/), eval/gold.jsonl.
- `multiyear`: the shipped documents and eleven made WTO-style documents of 2021-2025
  (eval/multiyear/documents), so that a question's year must pick the right report.
- `extra`: eight more made documents of other kinds, years and wording (eval/extra/documents),
  indexed alone, all `dev`: so that what is tuned meets more than one writer's documents.
- `extra2`, `extra3`, `extra4`, `extra5`: six, four, five and four made documents of kinds the others
  lack (a revision, a table, a programme, a convening notice, a guide, a survey...), each indexed
  alone, all `dev`: each written by a helper session and scored before any step used it.
- `shipped2`, `shipped3`: 90 and 60 more `dev` questions on the shipped documents, each by another
  writer (session 30).
- `shipped4`, `multiyear2`: 75 more `dev` questions each on the shipped documents and on the multiyear
  collection, written by helper sessions from the documents alone in session 34, and scored once before
  any step used them.
- `shipped5`: 90 more `dev` questions on the shipped documents, most in a small business's plain words
  (session 35, by a helper session from the documents alone).
- `extra6`: four made documents of 2019-2026 (a trade finance note, a meeting's minutes, a factsheet on
  foreign product rules, a draft Ministerial Declaration with bracketed text), indexed alone, 60 `dev`
  questions (session 35, by a helper session from the documents alone).
- `multiyear3`: 60 more `dev` questions on the multiyear collection, most naming a year, day or meeting
  (session 35, by a helper session from the documents alone).
- `extra7`: four made documents of 2018-2026 (a compilation of Members' MSME definitions, a thematic
  session's report, a corrigendum, a work plan), indexed alone, 60 `dev` questions (session 35, likewise).
- `shipped6`: 90 more `dev` questions on the shipped documents, spread over their overlooked parts (annex,
  footnotes, later sections), and `multiyear4`: 60 more on the multiyear collection, most naming a year,
  meeting or day (session 36, each by a helper session from the documents alone).
- `extra8`: four made documents of 2017-2025 (a Coordinator's report to the General Council, a joint
  communication with an addendum, a statistical background note, a regional workshop's report), indexed
  alone, 60 `dev` questions (session 36, likewise).
- `shipped7`: 60 more `dev` questions on the shipped documents (plain words, a paragraph pointed at by its
  meeting, date or Member, one sentence in a long paragraph), and `multiyear5`: 60 more on the multiyear
  collection (most naming a period; some spanning two years); `extra9`: four made documents of 2019-2026 (a
  compilation of Members' questionnaire replies, a note of the Coordinator's consultations with a timeline, a
  Ministerial-style decision, a question-and-answer guide for small businesses written in Spanish), indexed
  alone, 60 `dev` questions (session 37, each by a helper session from the documents alone; scored once before
  any step used them).
- `shipped8`: 60 more `dev` questions on the shipped documents in a small business's words for the Group and
  its Members ("the WTO small business group", "how many countries"), `multiyear6`: 60 on the multiyear
  collection naming periods as users do ("the year MC12 finally took place", "l'année de la CM13"), and
  `extra10`: five made files of 2020-2025 (a meeting's summary record, a work plan and its revision, a
  statistical note with tables, a Member's communication written in French), indexed alone, 60 `dev` questions
  (session 38, each by a helper session from the documents alone; scored once before any step used them).
- `shipped9`: 60 more `dev` questions on the shipped documents, two thirds on WT/MIN(24)/9's least-asked paragraphs
  (what the Group launched, will do next, with whom), `multiyear7`: 60 on the multiyear collection pointing at time
  without a date ("the most recent annual report", "au printemps 2025", "la última reunión de 2024"), and `extra11`:
  four made documents of 2021-2025 (a news item without paragraph numbers, an airgram with its agenda, a webinar
  series report, a Member's communication written in Spanish), indexed alone, 60 `dev` questions (session 39, each by
  a helper session from the documents alone; scored once before any step used them).
- `shipped10`: 60 more `dev` questions on the shipped documents as their users type them (short, misspelt, with
  personal context), taken in document order; `multiyear8`: 60 on the multiyear collection by year, meeting and
  symbol; `extra12`: four made documents of 2025 (a Member's communication written in French, a proposal and its
  revision, a Secretariat note with tables), indexed alone, 60 `dev` questions (session 40, each by a helper session
  from the documents alone; scored once before any step used them).
- `shipped11`, `multiyear9`, `extra13` (session 41), `shipped12`, `multiyear10`, `extra14` (session 42),
  `shipped13`, `multiyear11`, `extra15` (session 43), `shipped14`, `multiyear12`, `extra16` (session 44) and
  `shipped15`, `multiyear13`, `extra17` (session 45), `shipped16`, `multiyear14`, `extra18` (session 46),
  `shipped17`, `multiyear15`, `extra19` (session 47), `shipped18`, `multiyear16`, `extra20` (session 48),
  `shipped19`, `multiyear17`, `extra21` (session 49), `shipped20`, `multiyear18`, `extra22` (session 50),
  `shipped21`, `multiyear19`, `extra23` (session 51), `shipped22`, `multiyear20`, `extra24` (session 52),
  `shipped23`, `multiyear21`, `extra25` (session 53), `shipped24`, `multiyear22`, `extra26` (session 54),
  `shipped25`, `multiyear23`, `extra27` and `shipped26`, `multiyear24`, `extra28` (session 55), `shipped27`,
  `multiyear25`, `extra29` and `shipped28`, `multiyear26`, `extra30` (session 56), `shipped29`, `multiyear27`,
  `extra31` and `shipped30`, `multiyear28`, `extra32` (session 57), `shipped31`, `multiyear29`, `extra33` and
  `shipped32`, `multiyear30`, `extra34` (session 58), `shipped33`, `multiyear31`, `extra35` and `shipped34`,
  `multiyear32`, `extra36` (session 59), `shipped35`, `multiyear33`, `extra37` and `shipped36`, `multiyear34`,
  `extra38` (session 60), `shipped37`, `multiyear35`, `extra39` and `shipped38`, `multiyear36`, `extra40` (session
  61), `shipped39`, `multiyear37`, `extra41` and `shipped40`, `multiyear38`, `extra42` (session 62), `shipped41`,
  `multiyear39`, `extra43` and `shipped42`, `multiyear40`, `extra44` (session 63), `shipped43`, `multiyear41`,
  `extra45` and `shipped44`, `multiyear42`, `extra46` (session 64), `shipped45`, `multiyear43`, `extra47` and
  `shipped46`, `multiyear44`, `extra48` (session 65), `shipped47`, `multiyear45`, `extra49`, `shipped48`,
  `multiyear46`, `extra50`, `shipped49`, `multiyear47`, `extra51` and `shipped50`, `multiyear48`, `extra52` (session
  66), `shipped51`, `multiyear49`, `extra53`, `shipped52`, `multiyear50`, `extra54` and `shipped53`, `multiyear51`,
  `extra55` (session 67), `shipped54`, `multiyear52`, `extra56` and `shipped55`, `multiyear53`, `extra57`,
  `shipped56`, `multiyear54`, `extra58` and `shipped57`, `multiyear55`, `extra59` (session 68), `shipped58`,
  `multiyear56`, `extra60`, `shipped59`, `multiyear57`, `extra61` and `shipped60`, `multiyear58`, `extra62` (session
  69): 60 more
  `dev` questions each, batches written by helper sessions from the documents alone and scored once before any
  step used them (the README's suites table says what
  each asks and which made documents of 2026 to 2071 the `extra` ones add: Members' communications written in
  Spanish or French, notes and their revisions, addenda or corrigenda, a report to the General Council,
  convening notices, workshop reports and meeting summaries).
- `fresh`: ten made documents of 2018-2022 (eval/fresh/documents), written by a helper the
  developers did not read while tuning, all `test`: the held-out check.

The made documents are invented for evaluation (their README says so); they never enter the
shipped corpus. A suite's index is built under var/eval/<name>/ by the same ingest path.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ingest.errors import HelpdeskError

ROOT = Path(__file__).resolve().parent.parent  # the checkout: suites read its corpus/ and eval/ folders


@dataclass(frozen=True)
class GoldQuestion:
    id: str
    split: str
    lang: str
    type: str
    question: str
    answerable: bool
    answers: tuple[tuple[str, str | None], ...]
    evidence: str
    answer_terms: tuple[str, ...]  # each "a|b" means a or b must be in the answer text
    reason: str | None  # why the documents do not answer (unanswerable questions)
    suite: str = "shipped"


@dataclass(frozen=True)
class Suite:
    name: str
    gold: Path
    corpus: tuple[Path, ...]

    def index_dir(self, var: Path = Path("var/eval")) -> Path:
        return var / self.name / "index"

    def questions(self, split: str = "all") -> list[GoldQuestion]:
        return load_gold(self.gold, split, suite=self.name)


SUITES = {
    "shipped": Suite("shipped", ROOT / "eval" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear": Suite("multiyear", ROOT / "eval" / "multiyear" / "gold.jsonl",
                       (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra": Suite("extra", ROOT / "eval" / "extra" / "gold.jsonl", (ROOT / "eval" / "extra" / "documents",)),
    "extra2": Suite("extra2", ROOT / "eval" / "extra2" / "gold.jsonl", (ROOT / "eval" / "extra2" / "documents",)),
    "extra3": Suite("extra3", ROOT / "eval" / "extra3" / "gold.jsonl", (ROOT / "eval" / "extra3" / "documents",)),
    "extra4": Suite("extra4", ROOT / "eval" / "extra4" / "gold.jsonl", (ROOT / "eval" / "extra4" / "documents",)),
    "extra5": Suite("extra5", ROOT / "eval" / "extra5" / "gold.jsonl", (ROOT / "eval" / "extra5" / "documents",)),
    "shipped2": Suite("shipped2", ROOT / "eval" / "shipped2" / "gold.jsonl", (ROOT / "corpus",)),
    "shipped3": Suite("shipped3", ROOT / "eval" / "shipped3" / "gold.jsonl", (ROOT / "corpus",)),
    "shipped4": Suite("shipped4", ROOT / "eval" / "shipped4" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear2": Suite("multiyear2", ROOT / "eval" / "multiyear2" / "gold.jsonl",
                        (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "shipped5": Suite("shipped5", ROOT / "eval" / "shipped5" / "gold.jsonl", (ROOT / "corpus",)),
    "extra6": Suite("extra6", ROOT / "eval" / "extra6" / "gold.jsonl", (ROOT / "eval" / "extra6" / "documents",)),
    "multiyear3": Suite("multiyear3", ROOT / "eval" / "multiyear3" / "gold.jsonl",
                        (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra7": Suite("extra7", ROOT / "eval" / "extra7" / "gold.jsonl", (ROOT / "eval" / "extra7" / "documents",)),
    "shipped6": Suite("shipped6", ROOT / "eval" / "shipped6" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear4": Suite("multiyear4", ROOT / "eval" / "multiyear4" / "gold.jsonl",
                        (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra8": Suite("extra8", ROOT / "eval" / "extra8" / "gold.jsonl", (ROOT / "eval" / "extra8" / "documents",)),
    "shipped7": Suite("shipped7", ROOT / "eval" / "shipped7" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear5": Suite("multiyear5", ROOT / "eval" / "multiyear5" / "gold.jsonl",
                        (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra9": Suite("extra9", ROOT / "eval" / "extra9" / "gold.jsonl", (ROOT / "eval" / "extra9" / "documents",)),
    "shipped8": Suite("shipped8", ROOT / "eval" / "shipped8" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear6": Suite("multiyear6", ROOT / "eval" / "multiyear6" / "gold.jsonl",
                        (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra10": Suite("extra10", ROOT / "eval" / "extra10" / "gold.jsonl", (ROOT / "eval" / "extra10" / "documents",)),
    "shipped9": Suite("shipped9", ROOT / "eval" / "shipped9" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear7": Suite("multiyear7", ROOT / "eval" / "multiyear7" / "gold.jsonl",
                        (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra11": Suite("extra11", ROOT / "eval" / "extra11" / "gold.jsonl", (ROOT / "eval" / "extra11" / "documents",)),
    "shipped10": Suite("shipped10", ROOT / "eval" / "shipped10" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear8": Suite("multiyear8", ROOT / "eval" / "multiyear8" / "gold.jsonl",
                        (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra12": Suite("extra12", ROOT / "eval" / "extra12" / "gold.jsonl", (ROOT / "eval" / "extra12" / "documents",)),
    "shipped11": Suite("shipped11", ROOT / "eval" / "shipped11" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear9": Suite("multiyear9", ROOT / "eval" / "multiyear9" / "gold.jsonl",
                        (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra13": Suite("extra13", ROOT / "eval" / "extra13" / "gold.jsonl", (ROOT / "eval" / "extra13" / "documents",)),
    "shipped12": Suite("shipped12", ROOT / "eval" / "shipped12" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear10": Suite("multiyear10", ROOT / "eval" / "multiyear10" / "gold.jsonl",
                         (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra14": Suite("extra14", ROOT / "eval" / "extra14" / "gold.jsonl", (ROOT / "eval" / "extra14" / "documents",)),
    "shipped13": Suite("shipped13", ROOT / "eval" / "shipped13" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear11": Suite("multiyear11", ROOT / "eval" / "multiyear11" / "gold.jsonl",
                         (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra15": Suite("extra15", ROOT / "eval" / "extra15" / "gold.jsonl", (ROOT / "eval" / "extra15" / "documents",)),
    "shipped14": Suite("shipped14", ROOT / "eval" / "shipped14" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear12": Suite("multiyear12", ROOT / "eval" / "multiyear12" / "gold.jsonl",
                         (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra16": Suite("extra16", ROOT / "eval" / "extra16" / "gold.jsonl", (ROOT / "eval" / "extra16" / "documents",)),
    "shipped15": Suite("shipped15", ROOT / "eval" / "shipped15" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear13": Suite("multiyear13", ROOT / "eval" / "multiyear13" / "gold.jsonl",
                         (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra17": Suite("extra17", ROOT / "eval" / "extra17" / "gold.jsonl", (ROOT / "eval" / "extra17" / "documents",)),
    "shipped16": Suite("shipped16", ROOT / "eval" / "shipped16" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear14": Suite("multiyear14", ROOT / "eval" / "multiyear14" / "gold.jsonl",
                         (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra18": Suite("extra18", ROOT / "eval" / "extra18" / "gold.jsonl", (ROOT / "eval" / "extra18" / "documents",)),
    "shipped17": Suite("shipped17", ROOT / "eval" / "shipped17" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear15": Suite("multiyear15", ROOT / "eval" / "multiyear15" / "gold.jsonl",
                         (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra19": Suite("extra19", ROOT / "eval" / "extra19" / "gold.jsonl", (ROOT / "eval" / "extra19" / "documents",)),
    "shipped18": Suite("shipped18", ROOT / "eval" / "shipped18" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear16": Suite("multiyear16", ROOT / "eval" / "multiyear16" / "gold.jsonl",
                         (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra20": Suite("extra20", ROOT / "eval" / "extra20" / "gold.jsonl", (ROOT / "eval" / "extra20" / "documents",)),
    "shipped19": Suite("shipped19", ROOT / "eval" / "shipped19" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear17": Suite("multiyear17", ROOT / "eval" / "multiyear17" / "gold.jsonl",
                         (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra21": Suite("extra21", ROOT / "eval" / "extra21" / "gold.jsonl", (ROOT / "eval" / "extra21" / "documents",)),
    "shipped20": Suite("shipped20", ROOT / "eval" / "shipped20" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear18": Suite("multiyear18", ROOT / "eval" / "multiyear18" / "gold.jsonl",
                         (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra22": Suite("extra22", ROOT / "eval" / "extra22" / "gold.jsonl", (ROOT / "eval" / "extra22" / "documents",)),
    "shipped21": Suite("shipped21", ROOT / "eval" / "shipped21" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear19": Suite("multiyear19", ROOT / "eval" / "multiyear19" / "gold.jsonl",
                         (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra23": Suite("extra23", ROOT / "eval" / "extra23" / "gold.jsonl", (ROOT / "eval" / "extra23" / "documents",)),
    "shipped22": Suite("shipped22", ROOT / "eval" / "shipped22" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear20": Suite("multiyear20", ROOT / "eval" / "multiyear20" / "gold.jsonl",
                         (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra24": Suite("extra24", ROOT / "eval" / "extra24" / "gold.jsonl", (ROOT / "eval" / "extra24" / "documents",)),
    "shipped23": Suite("shipped23", ROOT / "eval" / "shipped23" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear21": Suite("multiyear21", ROOT / "eval" / "multiyear21" / "gold.jsonl",
                         (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra25": Suite("extra25", ROOT / "eval" / "extra25" / "gold.jsonl", (ROOT / "eval" / "extra25" / "documents",)),
    "shipped24": Suite("shipped24", ROOT / "eval" / "shipped24" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear22": Suite("multiyear22", ROOT / "eval" / "multiyear22" / "gold.jsonl",
                         (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra26": Suite("extra26", ROOT / "eval" / "extra26" / "gold.jsonl", (ROOT / "eval" / "extra26" / "documents",)),
    "shipped25": Suite("shipped25", ROOT / "eval" / "shipped25" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear23": Suite("multiyear23", ROOT / "eval" / "multiyear23" / "gold.jsonl",
                         (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra27": Suite("extra27", ROOT / "eval" / "extra27" / "gold.jsonl", (ROOT / "eval" / "extra27" / "documents",)),
    "shipped26": Suite("shipped26", ROOT / "eval" / "shipped26" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear24": Suite("multiyear24", ROOT / "eval" / "multiyear24" / "gold.jsonl",
                         (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra28": Suite("extra28", ROOT / "eval" / "extra28" / "gold.jsonl", (ROOT / "eval" / "extra28" / "documents",)),
    "shipped27": Suite("shipped27", ROOT / "eval" / "shipped27" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear25": Suite("multiyear25", ROOT / "eval" / "multiyear25" / "gold.jsonl",
                         (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra29": Suite("extra29", ROOT / "eval" / "extra29" / "gold.jsonl", (ROOT / "eval" / "extra29" / "documents",)),
    "shipped28": Suite("shipped28", ROOT / "eval" / "shipped28" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear26": Suite("multiyear26", ROOT / "eval" / "multiyear26" / "gold.jsonl",
                         (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra30": Suite("extra30", ROOT / "eval" / "extra30" / "gold.jsonl", (ROOT / "eval" / "extra30" / "documents",)),
    "shipped29": Suite("shipped29", ROOT / "eval" / "shipped29" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear27": Suite("multiyear27", ROOT / "eval" / "multiyear27" / "gold.jsonl",
                         (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra31": Suite("extra31", ROOT / "eval" / "extra31" / "gold.jsonl", (ROOT / "eval" / "extra31" / "documents",)),
    "shipped30": Suite("shipped30", ROOT / "eval" / "shipped30" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear28": Suite("multiyear28", ROOT / "eval" / "multiyear28" / "gold.jsonl",
                         (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra32": Suite("extra32", ROOT / "eval" / "extra32" / "gold.jsonl", (ROOT / "eval" / "extra32" / "documents",)),
    "shipped31": Suite("shipped31", ROOT / "eval" / "shipped31" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear29": Suite("multiyear29", ROOT / "eval" / "multiyear29" / "gold.jsonl",
                         (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra33": Suite("extra33", ROOT / "eval" / "extra33" / "gold.jsonl", (ROOT / "eval" / "extra33" / "documents",)),
    "shipped32": Suite("shipped32", ROOT / "eval" / "shipped32" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear30": Suite("multiyear30", ROOT / "eval" / "multiyear30" / "gold.jsonl",
                         (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra34": Suite("extra34", ROOT / "eval" / "extra34" / "gold.jsonl", (ROOT / "eval" / "extra34" / "documents",)),
    "shipped33": Suite("shipped33", ROOT / "eval" / "shipped33" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear31": Suite("multiyear31", ROOT / "eval" / "multiyear31" / "gold.jsonl",
                         (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra35": Suite("extra35", ROOT / "eval" / "extra35" / "gold.jsonl", (ROOT / "eval" / "extra35" / "documents",)),
    "shipped34": Suite("shipped34", ROOT / "eval" / "shipped34" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear32": Suite("multiyear32", ROOT / "eval" / "multiyear32" / "gold.jsonl",
                         (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra36": Suite("extra36", ROOT / "eval" / "extra36" / "gold.jsonl", (ROOT / "eval" / "extra36" / "documents",)),
    "shipped35": Suite("shipped35", ROOT / "eval" / "shipped35" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear33": Suite("multiyear33", ROOT / "eval" / "multiyear33" / "gold.jsonl",
                         (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra37": Suite("extra37", ROOT / "eval" / "extra37" / "gold.jsonl", (ROOT / "eval" / "extra37" / "documents",)),
    "shipped36": Suite("shipped36", ROOT / "eval" / "shipped36" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear34": Suite("multiyear34", ROOT / "eval" / "multiyear34" / "gold.jsonl",
                         (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra38": Suite("extra38", ROOT / "eval" / "extra38" / "gold.jsonl", (ROOT / "eval" / "extra38" / "documents",)),
    "shipped37": Suite("shipped37", ROOT / "eval" / "shipped37" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear35": Suite("multiyear35", ROOT / "eval" / "multiyear35" / "gold.jsonl",
                         (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra39": Suite("extra39", ROOT / "eval" / "extra39" / "gold.jsonl", (ROOT / "eval" / "extra39" / "documents",)),
    "shipped38": Suite("shipped38", ROOT / "eval" / "shipped38" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear36": Suite("multiyear36", ROOT / "eval" / "multiyear36" / "gold.jsonl",
                         (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra40": Suite("extra40", ROOT / "eval" / "extra40" / "gold.jsonl", (ROOT / "eval" / "extra40" / "documents",)),
    "shipped39": Suite("shipped39", ROOT / "eval" / "shipped39" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear37": Suite("multiyear37", ROOT / "eval" / "multiyear37" / "gold.jsonl",
                        (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra41": Suite("extra41", ROOT / "eval" / "extra41" / "gold.jsonl", (ROOT / "eval" / "extra41" / "documents",)),
    "shipped40": Suite("shipped40", ROOT / "eval" / "shipped40" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear38": Suite("multiyear38", ROOT / "eval" / "multiyear38" / "gold.jsonl",
                        (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra42": Suite("extra42", ROOT / "eval" / "extra42" / "gold.jsonl", (ROOT / "eval" / "extra42" / "documents",)),
    "shipped41": Suite("shipped41", ROOT / "eval" / "shipped41" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear39": Suite("multiyear39", ROOT / "eval" / "multiyear39" / "gold.jsonl",
                        (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra43": Suite("extra43", ROOT / "eval" / "extra43" / "gold.jsonl", (ROOT / "eval" / "extra43" / "documents",)),
    "shipped42": Suite("shipped42", ROOT / "eval" / "shipped42" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear40": Suite("multiyear40", ROOT / "eval" / "multiyear40" / "gold.jsonl",
                        (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra44": Suite("extra44", ROOT / "eval" / "extra44" / "gold.jsonl", (ROOT / "eval" / "extra44" / "documents",)),
    "shipped43": Suite("shipped43", ROOT / "eval" / "shipped43" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear41": Suite("multiyear41", ROOT / "eval" / "multiyear41" / "gold.jsonl",
                        (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra45": Suite("extra45", ROOT / "eval" / "extra45" / "gold.jsonl", (ROOT / "eval" / "extra45" / "documents",)),
    "shipped44": Suite("shipped44", ROOT / "eval" / "shipped44" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear42": Suite("multiyear42", ROOT / "eval" / "multiyear42" / "gold.jsonl",
                        (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra46": Suite("extra46", ROOT / "eval" / "extra46" / "gold.jsonl", (ROOT / "eval" / "extra46" / "documents",)),
    "shipped45": Suite("shipped45", ROOT / "eval" / "shipped45" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear43": Suite("multiyear43", ROOT / "eval" / "multiyear43" / "gold.jsonl",
                        (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra47": Suite("extra47", ROOT / "eval" / "extra47" / "gold.jsonl", (ROOT / "eval" / "extra47" / "documents",)),
    "shipped46": Suite("shipped46", ROOT / "eval" / "shipped46" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear44": Suite("multiyear44", ROOT / "eval" / "multiyear44" / "gold.jsonl",
                        (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra48": Suite("extra48", ROOT / "eval" / "extra48" / "gold.jsonl", (ROOT / "eval" / "extra48" / "documents",)),
    "shipped47": Suite("shipped47", ROOT / "eval" / "shipped47" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear45": Suite("multiyear45", ROOT / "eval" / "multiyear45" / "gold.jsonl",
                        (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra49": Suite("extra49", ROOT / "eval" / "extra49" / "gold.jsonl", (ROOT / "eval" / "extra49" / "documents",)),
    "shipped48": Suite("shipped48", ROOT / "eval" / "shipped48" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear46": Suite("multiyear46", ROOT / "eval" / "multiyear46" / "gold.jsonl",
                        (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra50": Suite("extra50", ROOT / "eval" / "extra50" / "gold.jsonl", (ROOT / "eval" / "extra50" / "documents",)),
    "shipped49": Suite("shipped49", ROOT / "eval" / "shipped49" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear47": Suite("multiyear47", ROOT / "eval" / "multiyear47" / "gold.jsonl",
                        (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra51": Suite("extra51", ROOT / "eval" / "extra51" / "gold.jsonl", (ROOT / "eval" / "extra51" / "documents",)),
    "shipped50": Suite("shipped50", ROOT / "eval" / "shipped50" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear48": Suite("multiyear48", ROOT / "eval" / "multiyear48" / "gold.jsonl",
                        (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra52": Suite("extra52", ROOT / "eval" / "extra52" / "gold.jsonl", (ROOT / "eval" / "extra52" / "documents",)),
    "shipped51": Suite("shipped51", ROOT / "eval" / "shipped51" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear49": Suite("multiyear49", ROOT / "eval" / "multiyear49" / "gold.jsonl",
                        (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra53": Suite("extra53", ROOT / "eval" / "extra53" / "gold.jsonl", (ROOT / "eval" / "extra53" / "documents",)),
    "shipped52": Suite("shipped52", ROOT / "eval" / "shipped52" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear50": Suite("multiyear50", ROOT / "eval" / "multiyear50" / "gold.jsonl",
                        (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra54": Suite("extra54", ROOT / "eval" / "extra54" / "gold.jsonl", (ROOT / "eval" / "extra54" / "documents",)),
    "shipped53": Suite("shipped53", ROOT / "eval" / "shipped53" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear51": Suite("multiyear51", ROOT / "eval" / "multiyear51" / "gold.jsonl",
                        (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra55": Suite("extra55", ROOT / "eval" / "extra55" / "gold.jsonl", (ROOT / "eval" / "extra55" / "documents",)),
    "shipped54": Suite("shipped54", ROOT / "eval" / "shipped54" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear52": Suite("multiyear52", ROOT / "eval" / "multiyear52" / "gold.jsonl",
                        (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra56": Suite("extra56", ROOT / "eval" / "extra56" / "gold.jsonl", (ROOT / "eval" / "extra56" / "documents",)),
    "shipped55": Suite("shipped55", ROOT / "eval" / "shipped55" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear53": Suite("multiyear53", ROOT / "eval" / "multiyear53" / "gold.jsonl",
                        (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra57": Suite("extra57", ROOT / "eval" / "extra57" / "gold.jsonl", (ROOT / "eval" / "extra57" / "documents",)),
    "shipped56": Suite("shipped56", ROOT / "eval" / "shipped56" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear54": Suite("multiyear54", ROOT / "eval" / "multiyear54" / "gold.jsonl",
                        (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra58": Suite("extra58", ROOT / "eval" / "extra58" / "gold.jsonl", (ROOT / "eval" / "extra58" / "documents",)),
    "shipped57": Suite("shipped57", ROOT / "eval" / "shipped57" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear55": Suite("multiyear55", ROOT / "eval" / "multiyear55" / "gold.jsonl",
                        (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra59": Suite("extra59", ROOT / "eval" / "extra59" / "gold.jsonl", (ROOT / "eval" / "extra59" / "documents",)),
    "shipped58": Suite("shipped58", ROOT / "eval" / "shipped58" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear56": Suite("multiyear56", ROOT / "eval" / "multiyear56" / "gold.jsonl",
                        (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra60": Suite("extra60", ROOT / "eval" / "extra60" / "gold.jsonl", (ROOT / "eval" / "extra60" / "documents",)),
    "shipped59": Suite("shipped59", ROOT / "eval" / "shipped59" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear57": Suite("multiyear57", ROOT / "eval" / "multiyear57" / "gold.jsonl",
                        (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra61": Suite("extra61", ROOT / "eval" / "extra61" / "gold.jsonl", (ROOT / "eval" / "extra61" / "documents",)),
    "shipped60": Suite("shipped60", ROOT / "eval" / "shipped60" / "gold.jsonl", (ROOT / "corpus",)),
    "multiyear58": Suite("multiyear58", ROOT / "eval" / "multiyear58" / "gold.jsonl",
                        (ROOT / "corpus", ROOT / "eval" / "multiyear" / "documents")),
    "extra62": Suite("extra62", ROOT / "eval" / "extra62" / "gold.jsonl", (ROOT / "eval" / "extra62" / "documents",)),
    "fresh": Suite("fresh", ROOT / "eval" / "fresh" / "gold.jsonl", (ROOT / "eval" / "fresh" / "documents",)),
}
# the suites whose dev questions `helpdesk calibrate` reads
TUNED = ("shipped", "multiyear", "extra", "extra2", "extra3", "extra4", "extra5", "shipped2", "shipped3", "shipped4",
         "multiyear2", "shipped5", "extra6", "multiyear3", "extra7", "shipped6", "multiyear4", "extra8", "shipped7",
         "multiyear5", "extra9", "shipped8", "multiyear6", "extra10",
         "shipped9", "multiyear7", "extra11", "shipped10", "multiyear8", "extra12",
         "shipped11", "multiyear9", "extra13", "shipped12", "multiyear10", "extra14",
         "shipped13", "multiyear11", "extra15", "shipped14", "multiyear12", "extra16",
         "shipped15", "multiyear13", "extra17", "shipped16", "multiyear14", "extra18",
         "shipped17", "multiyear15", "extra19", "shipped18", "multiyear16", "extra20",
         "shipped19", "multiyear17", "extra21", "shipped20", "multiyear18", "extra22",
         "shipped21", "multiyear19", "extra23", "shipped22", "multiyear20", "extra24",
         "shipped23", "multiyear21", "extra25", "shipped24", "multiyear22", "extra26",
         "shipped25", "multiyear23", "extra27", "shipped26", "multiyear24", "extra28",
         "shipped27", "multiyear25", "extra29", "shipped28", "multiyear26", "extra30",
         "shipped29", "multiyear27", "extra31", "shipped30", "multiyear28", "extra32",
         "shipped31", "multiyear29", "extra33", "shipped32", "multiyear30", "extra34",
         "shipped33", "multiyear31", "extra35", "shipped34", "multiyear32", "extra36",
         "shipped35", "multiyear33", "extra37", "shipped36", "multiyear34", "extra38",
         "shipped37", "multiyear35", "extra39", "shipped38", "multiyear36", "extra40",
         "shipped39", "multiyear37", "extra41", "shipped40", "multiyear38", "extra42",
         "shipped41", "multiyear39", "extra43", "shipped42", "multiyear40", "extra44",
         "shipped43", "multiyear41", "extra45", "shipped44", "multiyear42", "extra46",
         "shipped45", "multiyear43", "extra47", "shipped46", "multiyear44", "extra48",
         "shipped47", "multiyear45", "extra49", "shipped48", "multiyear46", "extra50",
         "shipped49", "multiyear47", "extra51", "shipped50", "multiyear48", "extra52",
         "shipped51", "multiyear49", "extra53", "shipped52", "multiyear50", "extra54",
         "shipped53", "multiyear51", "extra55", "shipped54", "multiyear52", "extra56", "shipped55", "multiyear53",
         "extra57", "shipped56", "multiyear54", "extra58", "shipped57", "multiyear55", "extra59", "shipped58",
         "multiyear56", "extra60", "shipped59", "multiyear57", "extra61", "shipped60", "multiyear58", "extra62")


def suite(name: str) -> Suite:
    if name not in SUITES:
        raise HelpdeskError(f"no suite {name!r}; the suites are {', '.join(SUITES)}")
    found = SUITES[name]
    if not found.gold.exists():
        raise HelpdeskError(f"{found.gold} is missing: the {name} suite needs a checkout of the repository")
    return found


def open_suite(name: str, *, index_dir: Path | None = None, settings=None, show_progress: bool = False):
    """The helpdesk over a suite's documents: its index brought up to date (a no-op when current), loaded."""
    from bot.helpdesk import load
    from bot.settings import packaged
    from index.refresh import refresh_index

    found = suite(name)
    index_dir = index_dir or found.index_dir()
    refresh_index(list(found.corpus), index_dir, show_progress=show_progress, settings=packaged().digest())
    return load(index_dir, settings=settings)


def load_gold(path: Path, split: str = "all", *, suite: str = "shipped") -> list[GoldQuestion]:
    rows = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        if split != "all" and d["split"] != split:
            continue
        answers = tuple((a["doc_id"], a["para"], bool(a.get("annex"))) for a in d["answers"])
        rows.append(GoldQuestion(d["id"], d["split"], d["lang"], d["type"], d["question"], d["answerable"], answers,
                                 d["evidence"], tuple(d.get("answer_terms") or ()), d.get("reason"), suite))
    return rows
