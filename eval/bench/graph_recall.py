"""`python -m eval.bench.graph_recall INDEX_FOLDER`: recall@10 of the MiniLM-space HNSW graph (as the
app loads it: index.vectors.GRAPH_CANDIDATES candidates, RESCORE_CANDIDATES re-scored) against an exact scan and the re-scoring sweep, as eval.bench.run.bench_size computes them, from the
MiniLM graph of a bench index folder, finished or not (a 1M bench stopped before its probe: README, Scale).
Size and questions follow the folder's passages.jsonl (SyntheticCorpus(len(rows)), the bench's seeds)."""
import json, sys, time
from pathlib import Path
from eval.bench.run import questions_for, recall_at_10, rescore_sweep
from eval.bench.synth import HashedProjection, SyntheticCorpus
from index.rows import PassageRows
from index.vectors import FLAT, FaissStore
folder = Path(sys.argv[1])
t = time.perf_counter()
rows = PassageRows.open(folder)
texts = [p.text for p in rows]
print("read", len(texts), round(time.perf_counter() - t, 1), flush=True)
dense = HashedProjection(seed=0, name="dense")
corpus = SyntheticCorpus(len(texts))
class Text:  # questions_for reads .text of passages[row]
    def __init__(self, text): self.text = text
passages = [Text(x) for x in texts]
asked = questions_for(corpus, passages, 200)
tuning = questions_for(corpus, passages, 200, tuning=True)
exact = FaissStore.build(dense.encode(texts), FLAT)
del texts, passages
print("exact built", round(time.perf_counter() - t, 1), flush=True)
recall, exact_ms = recall_at_10(folder / "dense.faiss", exact, dense.encode(asked))
print(json.dumps({"recall_at_10": recall, "exact_p50_ms": exact_ms}), flush=True)
sweep = rescore_sweep(folder / "dense.faiss", exact, dense.encode(tuning))
print(json.dumps({"sweep": sweep}), flush=True)
