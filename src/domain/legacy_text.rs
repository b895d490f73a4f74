//! Vietnamese text typed in the legacy 8-bit encodings TCVN3 and VNI.
//!
//! Before Unicode, Vietnamese documents were typed with 8-bit fonts:
//! TCVN3 (TCVN 5712:1993 VN3, the "ABC" fonts such as .VnTime) and
//! VNI-Windows (fonts such as VNI-Times). When a spreadsheet or CSV file
//! later stores such text as Unicode, every byte shows as its Windows-1252
//! character: TCVN3 "Ph¹m V¨n §øc" or VNI "Nguyeãn Vaên Ñöùc" for
//! "Phạm Văn Đức" / "Nguyễn Văn Đức". [`detect`] recognises such text and
//! converts it to composed Unicode.
//!
//! The tables below follow UniKey's VnConv tables (`data.cpp`), cross-checked
//! against xvnkb (`tcvn.h`, `vni.h`) and the `vietnamese-conversion` package.
//! Both encodings keep their Vietnamese letters in bytes 0xA0–0xFF, where
//! Windows-1252 agrees with Latin-1: byte 0xNN shows as U+00NN.
//!
//! Detection is conservative: every word that the legacy reading changes must
//! become a valid Vietnamese syllable, and enough of them must be words that
//! cannot be read as Unicode Vietnamese as they stand.

/// A legacy Vietnamese encoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Legacy {
    /// TCVN 5712:1993 VN3 ("ABC"), used by fonts such as .VnTime.
    Tcvn3,
    /// VNI-Windows, used by fonts such as VNI-Times.
    Vni,
}

impl Legacy {
    /// Its usual name, for messages: "TCVN3" or "VNI".
    pub fn name(self) -> &'static str {
        match self {
            Legacy::Tcvn3 => "TCVN3",
            Legacy::Vni => "VNI",
        }
    }
}

/// When `text` looks like Vietnamese in a legacy encoding (shown through Windows-1252),
/// the encoding and the text converted to Unicode, composed (NFC: precomposed letters).
/// None for ordinary text: plain ASCII, correct Unicode Vietnamese (composed or decomposed),
/// and other languages' Latin-1 text such as "Café", "Müller", "naïve", "15°C", "© 2017".
pub fn detect(text: &str) -> Option<(Legacy, String)> {
    if !text.chars().any(is_upper_half) || text.chars().any(is_unicode_vietnamese) {
        return None;
    }
    let chars: Vec<char> = text.chars().collect();
    let tcvn3 = convert_tcvn3(&chars).map(|pieces| read(&chars, &pieces));
    let vni = convert_vni(&chars).map(|pieces| read(&chars, &pieces));
    if wins(tcvn3.as_ref(), vni.as_ref()) {
        tcvn3.map(|reading| (Legacy::Tcvn3, reading.text))
    } else if wins(vni.as_ref(), tcvn3.as_ref()) {
        vni.map(|reading| (Legacy::Vni, reading.text))
    } else {
        None
    }
}

// ---------------------------------------------------------------------------
// Vietnamese letters

/// Tones, in the column order of [`VOWELS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tone {
    Level,
    Acute,
    Grave,
    Hook,
    Tilde,
    Dot,
}

impl Tone {
    const ALL: [Tone; 6] = [
        Tone::Level,
        Tone::Acute,
        Tone::Grave,
        Tone::Hook,
        Tone::Tilde,
        Tone::Dot,
    ];

    fn index(self) -> usize {
        self as usize
    }
}

/// The twelve Vietnamese vowels, each with its five tone-marked forms.
const VOWELS: [[char; 6]; 12] = [
    ['a', 'á', 'à', 'ả', 'ã', 'ạ'],
    ['ă', 'ắ', 'ằ', 'ẳ', 'ẵ', 'ặ'],
    ['â', 'ấ', 'ầ', 'ẩ', 'ẫ', 'ậ'],
    ['e', 'é', 'è', 'ẻ', 'ẽ', 'ẹ'],
    ['ê', 'ế', 'ề', 'ể', 'ễ', 'ệ'],
    ['i', 'í', 'ì', 'ỉ', 'ĩ', 'ị'],
    ['o', 'ó', 'ò', 'ỏ', 'õ', 'ọ'],
    ['ô', 'ố', 'ồ', 'ổ', 'ỗ', 'ộ'],
    ['ơ', 'ớ', 'ờ', 'ở', 'ỡ', 'ợ'],
    ['u', 'ú', 'ù', 'ủ', 'ũ', 'ụ'],
    ['ư', 'ứ', 'ừ', 'ử', 'ữ', 'ự'],
    ['y', 'ý', 'ỳ', 'ỷ', 'ỹ', 'ỵ'],
];

/// The lowercase vowel `base` (without tone) carrying `tone`.
fn with_tone(base: char, tone: Tone) -> Option<char> {
    VOWELS
        .iter()
        .find(|row| row[0] == base)
        .and_then(|row| row.get(tone.index()).copied())
}

/// A lowercase vowel split into its toneless form and its tone.
fn split_tone(letter: char) -> Option<(char, Tone)> {
    VOWELS.iter().find_map(|row| {
        let position = row.iter().position(|&c| c == letter)?;
        Some((row[0], *Tone::ALL.get(position)?))
    })
}

fn single_lowercase(c: char) -> Option<char> {
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) => Some(l),
        _ => None,
    }
}

fn single_uppercase(c: char) -> char {
    let mut upper = c.to_uppercase();
    match (upper.next(), upper.next()) {
        (Some(u), None) => u,
        _ => c,
    }
}

/// Characters where the legacy encodings keep their Vietnamese letters.
fn is_upper_half(c: char) -> bool {
    ('\u{A0}'..='\u{FF}').contains(&c)
}

/// Vietnamese letters that Windows-1252 cannot show (ă đ ĩ ũ ơ ư, the
/// precomposed tone block) and combining marks: proof of real Unicode.
fn is_unicode_vietnamese(c: char) -> bool {
    matches!(
        c,
        'Ă' | 'ă' | 'Đ' | 'đ' | 'Ĩ' | 'ĩ' | 'Ũ' | 'ũ' | 'Ơ' | 'ơ' | 'Ư' | 'ư'
            | '\u{1EA0}'..='\u{1EF9}'
            | '\u{0300}'..='\u{036F}'
    )
}

/// A letter that neither legacy encoding can have produced.
fn is_foreign_letter(c: char) -> bool {
    !c.is_ascii() && c.is_alphabetic()
}

fn legacy_byte(c: char) -> Option<u8> {
    u8::try_from(c).ok().filter(|&byte| byte >= 0xA0)
}

// ---------------------------------------------------------------------------
// Converted text

/// One letter or other character of the converted text.
#[derive(Debug, Clone, Copy)]
struct Piece {
    /// The converted character.
    ch: char,
    /// Index of its first source character.
    start: usize,
    /// Index after its last source character.
    end: usize,
    /// How much it shows the legacy encoding: 0 when unchanged, 1 for an
    /// ordinary legacy letter, more for VNI marks other languages never write.
    weight: u32,
    /// Shows as something odd inside a word: a Windows-1252 symbol (such as
    /// ¹ or «) or a capital after a lowercase letter (such as Ô in "NguyÔn").
    odd: bool,
}

impl Piece {
    fn unchanged(ch: char, index: usize) -> Piece {
        Piece {
            ch,
            start: index,
            end: index + 1,
            weight: 0,
            odd: false,
        }
    }
}

fn render(pieces: &[Piece]) -> String {
    pieces.iter().map(|piece| piece.ch).collect()
}

/// The words (runs of letters) of converted text.
fn words(pieces: &[Piece]) -> impl Iterator<Item = &[Piece]> {
    pieces
        .split(|piece| !piece.ch.is_alphabetic())
        .filter(|word| !word.is_empty())
}

// ---------------------------------------------------------------------------
// TCVN3

/// TCVN 5712:1993 VN3: byte and the letter it encodes. Capitals with a tone
/// have no code of their own (the "H" fonts draw the lowercase codes as
/// capitals); only these seven capitals do.
const TCVN3: [(u8, char); 74] = [
    (0xA1, 'Ă'),
    (0xA2, 'Â'),
    (0xA3, 'Ê'),
    (0xA4, 'Ô'),
    (0xA5, 'Ơ'),
    (0xA6, 'Ư'),
    (0xA7, 'Đ'),
    (0xA8, 'ă'),
    (0xA9, 'â'),
    (0xAA, 'ê'),
    (0xAB, 'ô'),
    (0xAC, 'ơ'),
    (0xAD, 'ư'),
    (0xAE, 'đ'),
    (0xB5, 'à'),
    (0xB6, 'ả'),
    (0xB7, 'ã'),
    (0xB8, 'á'),
    (0xB9, 'ạ'),
    (0xBB, 'ằ'),
    (0xBC, 'ẳ'),
    (0xBD, 'ẵ'),
    (0xBE, 'ắ'),
    (0xC6, 'ặ'),
    (0xC7, 'ầ'),
    (0xC8, 'ẩ'),
    (0xC9, 'ẫ'),
    (0xCA, 'ấ'),
    (0xCB, 'ậ'),
    (0xCC, 'è'),
    (0xCE, 'ẻ'),
    (0xCF, 'ẽ'),
    (0xD0, 'é'),
    (0xD1, 'ẹ'),
    (0xD2, 'ề'),
    (0xD3, 'ể'),
    (0xD4, 'ễ'),
    (0xD5, 'ế'),
    (0xD6, 'ệ'),
    (0xD7, 'ì'),
    (0xD8, 'ỉ'),
    (0xDC, 'ĩ'),
    (0xDD, 'í'),
    (0xDE, 'ị'),
    (0xDF, 'ò'),
    (0xE1, 'ỏ'),
    (0xE2, 'õ'),
    (0xE3, 'ó'),
    (0xE4, 'ọ'),
    (0xE5, 'ồ'),
    (0xE6, 'ổ'),
    (0xE7, 'ỗ'),
    (0xE8, 'ố'),
    (0xE9, 'ộ'),
    (0xEA, 'ờ'),
    (0xEB, 'ở'),
    (0xEC, 'ỡ'),
    (0xED, 'ớ'),
    (0xEE, 'ợ'),
    (0xEF, 'ù'),
    (0xF1, 'ủ'),
    (0xF2, 'ũ'),
    (0xF3, 'ú'),
    (0xF4, 'ụ'),
    (0xF5, 'ừ'),
    (0xF6, 'ử'),
    (0xF7, 'ữ'),
    (0xF8, 'ứ'),
    (0xF9, 'ự'),
    (0xFA, 'ỳ'),
    (0xFB, 'ỷ'),
    (0xFC, 'ỹ'),
    (0xFD, 'ý'),
    (0xFE, 'ỵ'),
];

fn tcvn3_letter(byte: u8) -> Option<char> {
    TCVN3
        .iter()
        .find(|(code, _)| *code == byte)
        .map(|&(_, letter)| letter)
}

/// Bytes that Windows-1252 shows as symbols, not letters (µ is left out:
/// it is written before letters as a unit prefix).
fn is_tcvn3_symbol(byte: u8) -> bool {
    matches!(byte, 0xA1..=0xB4 | 0xB6..=0xBF | 0xD7 | 0xF7)
}

/// The text read as TCVN3; None when it holds a letter TCVN3 cannot produce.
fn convert_tcvn3(chars: &[char]) -> Option<Vec<Piece>> {
    let mut pieces = chars
        .iter()
        .enumerate()
        .map(|(index, &c)| {
            let after_lowercase =
                index > 0 && chars.get(index - 1).is_some_and(|p| p.is_lowercase());
            tcvn3_piece(c, index, after_lowercase)
        })
        .collect::<Option<Vec<Piece>>>()?;
    restore_capitals(&mut pieces);
    Some(pieces)
}

/// The TCVN3 reading of `c`; `after_lowercase` tells whether a lowercase
/// letter comes before it.
fn tcvn3_piece(c: char, index: usize, after_lowercase: bool) -> Option<Piece> {
    let letter = legacy_byte(c).and_then(|byte| Some((byte, tcvn3_letter(byte)?)));
    match letter {
        Some((byte, letter)) => Some(Piece {
            ch: letter,
            start: index,
            end: index + 1,
            weight: u32::from(letter != c),
            odd: is_tcvn3_symbol(byte) || (after_lowercase && c.is_uppercase()),
        }),
        None if is_foreign_letter(c) => None,
        None => Some(Piece::unchanged(c, index)),
    }
}

/// TCVN3 has no codes for capitals with a tone, so words typed in capitals
/// ("NGUYÔN") carry lowercase codes; make such words all capitals again, and
/// every word when the whole text is in capitals ("T¹ H÷U LONG").
fn restore_capitals(pieces: &mut [Piece]) {
    let shouting = is_shouting(pieces);
    for word in pieces.split_mut(|piece| !piece.ch.is_alphabetic()) {
        if shouting || is_shouted(word) {
            for piece in word.iter_mut() {
                piece.ch = single_uppercase(piece.ch);
            }
        }
    }
}

/// Text with no lowercase ASCII letter and a word with an ASCII capital
/// after its first letter.
fn is_shouting(pieces: &[Piece]) -> bool {
    !pieces.iter().any(|piece| piece.ch.is_ascii_lowercase())
        && words(pieces).any(|word| word.iter().skip(1).any(|p| p.ch.is_ascii_uppercase()))
}

/// A word with lowercase letters but no lowercase ASCII letter, and an ASCII
/// capital after its first letter.
fn is_shouted(word: &[Piece]) -> bool {
    word.iter().any(|piece| piece.ch.is_lowercase())
        && !word.iter().any(|piece| piece.ch.is_ascii_lowercase())
        && word
            .iter()
            .skip(1)
            .any(|piece| piece.ch.is_ascii_uppercase())
}

// ---------------------------------------------------------------------------
// VNI

/// VNI-Windows letters of one byte: byte and the letter it encodes.
const VNI_LETTERS: [(u8, char); 18] = [
    (0xD1, 'Đ'),
    (0xF1, 'đ'),
    (0xD4, 'Ơ'),
    (0xF4, 'ơ'),
    (0xD6, 'Ư'),
    (0xF6, 'ư'),
    (0xCD, 'Í'),
    (0xED, 'í'),
    (0xCC, 'Ì'),
    (0xEC, 'ì'),
    (0xC6, 'Ỉ'),
    (0xE6, 'ỉ'),
    (0xD3, 'Ĩ'),
    (0xF3, 'ĩ'),
    (0xD2, 'Ị'),
    (0xF2, 'ị'),
    (0xCE, 'Ỵ'),
    (0xEE, 'ỵ'),
];

/// What a VNI mark does to the vowel before it, besides its tone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    /// Tone only: on a, e, o, u, y, ơ, ư.
    Plain,
    /// Circumflex: a, e, o become â, ê, ô.
    Circumflex,
    /// Breve: a becomes ă.
    Breve,
}

#[derive(Debug, Clone, Copy)]
struct Mark {
    shape: Shape,
    tone: Tone,
}

const fn mark(shape: Shape, tone: Tone) -> Mark {
    Mark { shape, tone }
}

/// VNI-Windows marks typed after a base vowel: lowercase byte, uppercase byte, mark.
const VNI_MARKS: [(u8, u8, Mark); 17] = [
    (0xF9, 0xD9, mark(Shape::Plain, Tone::Acute)),
    (0xF8, 0xD8, mark(Shape::Plain, Tone::Grave)),
    (0xFB, 0xDB, mark(Shape::Plain, Tone::Hook)),
    (0xF5, 0xD5, mark(Shape::Plain, Tone::Tilde)),
    (0xEF, 0xCF, mark(Shape::Plain, Tone::Dot)),
    (0xE2, 0xC2, mark(Shape::Circumflex, Tone::Level)),
    (0xE1, 0xC1, mark(Shape::Circumflex, Tone::Acute)),
    (0xE0, 0xC0, mark(Shape::Circumflex, Tone::Grave)),
    (0xE5, 0xC5, mark(Shape::Circumflex, Tone::Hook)),
    (0xE3, 0xC3, mark(Shape::Circumflex, Tone::Tilde)),
    (0xE4, 0xC4, mark(Shape::Circumflex, Tone::Dot)),
    (0xEA, 0xCA, mark(Shape::Breve, Tone::Level)),
    (0xE9, 0xC9, mark(Shape::Breve, Tone::Acute)),
    (0xE8, 0xC8, mark(Shape::Breve, Tone::Grave)),
    (0xFA, 0xDA, mark(Shape::Breve, Tone::Hook)),
    (0xFC, 0xDC, mark(Shape::Breve, Tone::Tilde)),
    (0xEB, 0xCB, mark(Shape::Breve, Tone::Dot)),
];

/// Vowel and mark pairs that French, Spanish or Catalan also write after a
/// consonant or at the start of a word (où, naïve, Loïc, goût, aéroport,
/// Raphaël, aún, deán, …): weaker evidence of VNI than the pairs only
/// Vietnamese uses.
const VNI_FOREIGN_PAIRS: [(char, u8); 12] = [
    ('o', 0xF9),
    ('a', 0xEF),
    ('e', 0xEF),
    ('o', 0xEF),
    ('u', 0xEF),
    ('e', 0xFB),
    ('o', 0xFB),
    ('a', 0xE9),
    ('a', 0xEB),
    ('a', 0xFA),
    ('a', 0xFC),
    ('e', 0xE1),
];

fn vni_letter(byte: u8) -> Option<char> {
    VNI_LETTERS
        .iter()
        .find(|(code, _)| *code == byte)
        .map(|&(_, letter)| letter)
}

/// The mark and its lowercase byte.
fn vni_mark(byte: u8) -> Option<(Mark, u8)> {
    VNI_MARKS
        .iter()
        .find(|(lower, upper, _)| *lower == byte || *upper == byte)
        .map(|&(lower, _, mark)| (mark, lower))
}

/// A letter that VNI marks may follow.
fn takes_vni_mark(letter: char) -> bool {
    single_lowercase(letter).is_some_and(|lower| "aeouyơư".contains(lower))
}

/// The letter `base` with `mark` applied, keeping the case of `base`.
fn apply_vni_mark(base: char, mark: Mark) -> Option<char> {
    let lower = single_lowercase(base)?;
    let toneless = match (mark.shape, lower) {
        (Shape::Plain, 'a' | 'e' | 'o' | 'u' | 'y' | 'ơ' | 'ư') => lower,
        (Shape::Circumflex, 'a') => 'â',
        (Shape::Circumflex, 'e') => 'ê',
        (Shape::Circumflex, 'o') => 'ô',
        (Shape::Breve, 'a') => 'ă',
        _ => return None,
    };
    let combined = with_tone(toneless, mark.tone)?;
    Some(if base.is_uppercase() {
        single_uppercase(combined)
    } else {
        combined
    })
}

/// Evidence of VNI in `mark` (with lowercase byte `mark_byte`) after `base`,
/// which follows a vowel when `after_vowel`.
fn vni_mark_weight(base: char, mark: Mark, mark_byte: u8, after_vowel: bool) -> u32 {
    let base = single_lowercase(base).unwrap_or(base);
    if !after_vowel && VNI_FOREIGN_PAIRS.contains(&(base, mark_byte)) {
        1
    } else if mark.shape == Shape::Plain {
        2
    } else {
        3
    }
}

/// The text read as VNI-Windows; None when a mark follows no vowel it fits
/// or the text holds a letter VNI cannot produce.
fn convert_vni(chars: &[char]) -> Option<Vec<Piece>> {
    let mut pieces: Vec<Piece> = Vec::with_capacity(chars.len());
    let mut open = false;
    for (index, &c) in chars.iter().enumerate() {
        if let Some((mark, lower_byte)) = legacy_byte(c).and_then(vni_mark) {
            let after_vowel = pieces
                .iter()
                .rev()
                .nth(1)
                .is_some_and(|p| is_vowel_letter(p.ch));
            let base = pieces.last_mut().filter(|_| open)?;
            let weight = vni_mark_weight(base.ch, mark, lower_byte, after_vowel);
            base.ch = apply_vni_mark(base.ch, mark)?;
            base.end = index + 1;
            base.weight += weight;
            open = false;
            continue;
        }
        let piece = vni_piece(c, index)?;
        open = takes_vni_mark(piece.ch);
        pieces.push(piece);
    }
    Some(pieces)
}

fn vni_piece(c: char, index: usize) -> Option<Piece> {
    match legacy_byte(c).and_then(vni_letter) {
        Some(letter) => Some(Piece {
            ch: letter,
            start: index,
            end: index + 1,
            weight: u32::from(letter != c),
            odd: false,
        }),
        None if is_foreign_letter(c) => None,
        None => Some(Piece::unchanged(c, index)),
    }
}

// ---------------------------------------------------------------------------
// Judging a reading

/// Legacy evidence needed, in piece weights (see [`Piece::weight`]).
const MIN_SCORE: u32 = 2;

/// At most one changed word in this many may fail to be Vietnamese.
const WORDS_PER_TOLERATED_INVALID: usize = 10;

/// Text read in one legacy encoding.
struct Reading {
    /// Legacy evidence (see [`Piece::weight`]) in words that the reading
    /// makes Vietnamese and that are not Vietnamese as they stand.
    score: u32,
    /// Whether (nearly) every word the reading changes becomes Vietnamese.
    consistent: bool,
    text: String,
}

/// Whether `reading` is convincing, and clearly better than the other
/// encoding's reading of the same text ("Thuû" is Thuỷ in TCVN3 but Thủ in
/// VNI: neither wins).
fn wins(reading: Option<&Reading>, rival: Option<&Reading>) -> bool {
    let Some(reading) = reading else {
        return false;
    };
    let rival_score = rival
        .filter(|rival| rival.consistent)
        .map_or(0, |rival| rival.score);
    reading.consistent
        && reading.score >= MIN_SCORE
        && reading.score > rival_score.saturating_mul(2)
}

#[derive(Default)]
struct Tally {
    valid_words: usize,
    invalid_words: usize,
    score: u32,
}

impl Tally {
    fn add(&mut self, chars: &[char], word: &[Piece]) {
        if word.len() < 2 || word.iter().all(|piece| piece.weight == 0) {
            return;
        }
        let converted: Vec<char> = word.iter().map(|piece| piece.ch).collect();
        if !is_vietnamese_syllable(&converted) {
            self.invalid_words = self.invalid_words.saturating_add(1);
            return;
        }
        self.valid_words = self.valid_words.saturating_add(1);
        if !reads_as_unicode(chars, word) {
            self.score = self.score.saturating_add(word_score(word));
        }
    }

    /// A character of the legacy range left unconverted between two letters
    /// ("C«ng" read as VNI) spoils the reading like a non-Vietnamese word.
    fn add_strays(&mut self, pieces: &[Piece]) {
        let strays = pieces
            .windows(3)
            .filter(|trio| {
                matches!(trio, [before, middle, after]
                    if is_stray(middle) && before.ch.is_alphabetic() && after.ch.is_alphabetic())
            })
            .count();
        self.invalid_words = self.invalid_words.saturating_add(strays);
    }

    fn is_consistent(&self) -> bool {
        self.invalid_words
            .saturating_mul(WORDS_PER_TOLERATED_INVALID)
            <= self.valid_words
    }
}

fn is_stray(piece: &Piece) -> bool {
    piece.weight == 0 && is_upper_half(piece.ch) && !piece.ch.is_alphabetic()
}

/// How the converted `pieces` of `chars` read as Vietnamese.
fn read(chars: &[char], pieces: &[Piece]) -> Reading {
    let mut tally = Tally::default();
    for word in words(pieces) {
        tally.add(chars, word);
    }
    tally.add_strays(pieces);
    Reading {
        score: tally.score,
        consistent: tally.is_consistent(),
        text: render(pieces),
    }
}

/// Legacy evidence in a word; an odd character inside a word counts double.
fn word_score(word: &[Piece]) -> u32 {
    word.iter()
        .enumerate()
        .map(|(position, piece)| {
            let odd_inside = piece.odd && position > 0;
            piece.weight.saturating_mul(if odd_inside { 2 } else { 1 })
        })
        .fold(0, u32::saturating_add)
}

/// Whether the source characters of `word` already are a Vietnamese syllable.
fn reads_as_unicode(chars: &[char], word: &[Piece]) -> bool {
    let (Some(first), Some(last)) = (word.first(), word.last()) else {
        return false;
    };
    chars
        .get(first.start..last.end)
        .is_some_and(|source| has_usual_case(source) && is_vietnamese_syllable(source))
}

/// Lowercase, capitalised or all capitals, as words are written.
fn has_usual_case(word: &[char]) -> bool {
    let Some((_, rest)) = word.split_first() else {
        return true;
    };
    rest.iter().all(|c| !c.is_uppercase()) || rest.iter().all(|c| !c.is_lowercase())
}

// ---------------------------------------------------------------------------
// Vietnamese syllables

/// Initial consonants, and none.
const INITIALS: [&str; 28] = [
    "ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr", "b", "c", "d", "đ", "g",
    "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
];

/// Rhymes without a medial glide.
const PLAIN_RHYMES: &[&str] = &[
    "a", "ac", "ach", "ai", "am", "an", "ang", "anh", "ao", "ap", "at", "au", "ay", //
    "ăc", "ăm", "ăn", "ăng", "ăp", "ăt", //
    "âc", "âm", "ân", "âng", "âp", "ât", "âu", "ây", //
    "e", "ec", "em", "en", "eng", "eo", "ep", "et", //
    "ê", "êch", "êm", "ên", "ênh", "êp", "êt", "êu", //
    "i", "ia", "ich", "im", "in", "inh", "ip", "it", "iu", //
    "iêc", "iêm", "iên", "iêng", "iêp", "iêt", "iêu", //
    "y", "yêm", "yên", "yêt", "yêu", //
    "o", "oc", "oi", "om", "on", "ong", "op", "ot", "ooc", "oong", //
    "ô", "ôc", "ôi", "ôm", "ôn", "ông", "ôp", "ôt", //
    "ơ", "ơi", "ơm", "ơn", "ơp", "ơt", //
    "u", "ua", "uc", "ui", "um", "un", "ung", "up", "ut", //
    "uôc", "uôi", "uôm", "uôn", "uông", "uôt", //
    "ư", "ưa", "ưc", "ưi", "ưng", "ưt", "ưu", //
    "ươc", "ươi", "ươm", "ươn", "ương", "ươp", "ươt", "ươu",
];

/// Rhymes with the medial glide o or u (not after "qu").
const GLIDE_RHYMES: &[&str] = &[
    "oa", "oac", "oach", "oai", "oam", "oan", "oang", "oanh", "oap", "oat", "oay", //
    "oăc", "oăm", "oăn", "oăng", "oăt", //
    "oe", "oen", "oeo", "oet", //
    "uân", "uâng", "uât", "uây", //
    "uê", "uêch", "uênh", "uơ", //
    "uy", "uya", "uych", "uyên", "uyêt", "uynh", "uyt", "uyu",
];

/// Rhymes after "qu", whose u is the medial glide.
const QU_RHYMES: &[&str] = &[
    "a", "ac", "ach", "ai", "an", "ang", "anh", "ao", "at", "ay", //
    "ăc", "ăm", "ăn", "ăng", "ăt", //
    "ân", "âng", "ât", "ây", //
    "e", "en", "eo", "et", //
    "ê", "êch", "ênh", //
    "i", "y", "ych", "ynh", "yt", "yên", "yêt", //
    "ơ", "ôc",
];

/// Whether `word` (any case) is one well-formed Vietnamese syllable.
fn is_vietnamese_syllable(word: &[char]) -> bool {
    let Some(toneless) = strip_tone(word) else {
        return false;
    };
    let spelled: String = toneless.letters.iter().collect();
    INITIALS.iter().any(|initial| {
        let Some(rhyme) = spelled.strip_prefix(initial) else {
            return false;
        };
        let initial_length = initial.chars().count();
        let rhyme_letters = toneless.letters.get(initial_length..).unwrap_or_default();
        let tone_well_placed = match toneless.marked_at {
            None => true,
            Some(at) => at
                .checked_sub(initial_length)
                .is_some_and(|place| is_tone_place(rhyme_letters, place)),
        };
        is_rhyme(initial, rhyme) && fits_tone(rhyme, toneless.tone) && tone_well_placed
    })
}

/// A word in lowercase without its tone mark.
struct Toneless {
    letters: Vec<char>,
    tone: Tone,
    /// Index of the letter that carried the tone mark.
    marked_at: Option<usize>,
}

/// The word without its tone mark; None when it holds a non-Vietnamese
/// letter or two tone marks.
fn strip_tone(word: &[char]) -> Option<Toneless> {
    let mut toneless = Toneless {
        letters: Vec::with_capacity(word.len()),
        tone: Tone::Level,
        marked_at: None,
    };
    for (index, &c) in word.iter().enumerate() {
        let lower = single_lowercase(c)?;
        if let Some((base, tone)) = split_tone(lower) {
            if tone != Tone::Level {
                if toneless.marked_at.is_some() {
                    return None;
                }
                toneless.tone = tone;
                toneless.marked_at = Some(index);
            }
            toneless.letters.push(base);
        } else if lower.is_ascii_lowercase() || lower == 'đ' {
            toneless.letters.push(lower);
        } else {
            return None;
        }
    }
    Some(toneless)
}

/// Whether the tone mark may stand on letter `place` of `rhyme` (toneless):
/// on the vowel with a diacritic (the last one, as in ươ, iê), else on the
/// last vowel before a final consonant, else on the first of two vowels (on
/// either in oa, oe, uy: "hòa" and "hoà") or the middle one of three.
fn is_tone_place(rhyme: &[char], place: usize) -> bool {
    let vowel_count = rhyme.iter().take_while(|c| is_vowel(**c)).count();
    let vowels = rhyme.get(..vowel_count).unwrap_or_default();
    if let Some(marked) = vowels.iter().rposition(|c| "ăâêôơư".contains(*c)) {
        return place == marked;
    }
    if vowel_count < rhyme.len() {
        return place + 1 == vowel_count;
    }
    match vowels {
        ['o', 'a' | 'e'] | ['u', 'y'] => place <= 1,
        [_] | [_, _] => place == 0,
        [_, _, _] => place == 1,
        _ => false,
    }
}

fn is_vowel(letter: char) -> bool {
    VOWELS.iter().any(|row| row[0] == letter)
}

/// A vowel of either case, with or without a tone.
fn is_vowel_letter(letter: char) -> bool {
    single_lowercase(letter).and_then(split_tone).is_some()
}

fn is_rhyme(initial: &str, rhyme: &str) -> bool {
    if initial == "qu" {
        QU_RHYMES.contains(&rhyme)
    } else {
        PLAIN_RHYMES.contains(&rhyme) || GLIDE_RHYMES.contains(&rhyme)
    }
}

/// Syllables ending in c, ch, p or t take only the acute or dot tone.
fn fits_tone(rhyme: &str, tone: Tone) -> bool {
    let stopped = rhyme.ends_with(['c', 'p', 't']) || rhyme.ends_with("ch");
    !stopped || matches!(tone, Tone::Acute | Tone::Dot)
}

#[cfg(test)]
mod tests {
    use super::*;

    const NAMES: [&str; 5] = [
        "Nguyễn Văn Đức",
        "Trần Thị Hồng Nhung",
        "Chi bộ thôn Đông Hà",
        "Lê Quý Đôn",
        "Phạm Thị Thuỷ",
    ];

    fn assert_detects(legacy: &str, encoding: Legacy, expected: &str) {
        assert_eq!(
            detect(legacy),
            Some((encoding, expected.to_string())),
            "{legacy:?} should read as {} {expected:?}",
            encoding.name()
        );
    }

    fn assert_not_detected(text: &str) {
        assert_eq!(detect(text), None, "{text:?} is not legacy text");
    }

    #[test]
    fn names() {
        assert_eq!(Legacy::Tcvn3.name(), "TCVN3");
        assert_eq!(Legacy::Vni.name(), "VNI");
    }

    #[test]
    fn tcvn3_names_convert() {
        let legacy = [
            "NguyÔn V¨n §øc",
            "TrÇn ThÞ Hång Nhung",
            "Chi bé th«n §«ng Hµ",
            "Lª Quý §«n",
            "Ph¹m ThÞ Thuû",
        ];
        for (legacy, expected) in legacy.iter().zip(NAMES) {
            assert_detects(legacy, Legacy::Tcvn3, expected);
        }
    }

    #[test]
    fn tcvn3_capitals_convert() {
        let cases = [
            ("NGUYÔN V¡N §øC", "NGUYỄN VĂN ĐỨC"),
            ("TRÇN THÞ HåNG NHUNG", "TRẦN THỊ HỒNG NHUNG"),
            ("L£ QUý §¤N", "LÊ QUÝ ĐÔN"),
            ("PH¹M THÞ THUû", "PHẠM THỊ THUỶ"),
            ("§¦êNG", "ĐƯỜNG"),
            ("T¹ H÷U LONG", "TẠ HỮU LONG"),
            ("Lý NGäC THÞNH", "LÝ NGỌC THỊNH"),
            ("Hå MINH S¥N", "HỒ MINH SƠN"),
            ("Vò Thu Thuû L\u{AD}u", "Vũ Thu Thuỷ Lưu"),
        ];
        for (legacy, expected) in cases {
            assert_detects(legacy, Legacy::Tcvn3, expected);
        }
    }

    #[test]
    fn tcvn3_sentences_convert() {
        let cases = [
            ("Hå ChÝ Minh", "Hồ Chí Minh"),
            ("Hoµ B×nh", "Hoà Bình"),
            (
                "Céng hoµ x· héi chñ nghÜa ViÖt Nam",
                "Cộng hoà xã hội chủ nghĩa Việt Nam",
            ),
            (
                "Tr\u{AD}êng TiÓu häc NguyÔn Tr·i",
                "Trường Tiểu học Nguyễn Trãi",
            ),
            (
                "§\u{AD}êng Lª Lîi, ph\u{AD}êng BÕn NghÐ",
                "Đường Lê Lợi, phường Bến Nghé",
            ),
            (
                "Uû ban nh©n d©n x· Quúnh L\u{AD}u",
                "Uỷ ban nhân dân xã Quỳnh Lưu",
            ),
            (
                "Hîp ®ång lao ®éng sè 15/2017",
                "Hợp đồng lao động số 15/2017",
            ),
            ("Lª", "Lê"),
            ("Ph¹m", "Phạm"),
        ];
        for (legacy, expected) in cases {
            assert_detects(legacy, Legacy::Tcvn3, expected);
        }
    }

    #[test]
    fn vni_names_convert() {
        let legacy = [
            "Nguyeãn Vaên Ñöùc",
            "Traàn Thò Hoàng Nhung",
            "Chi boä thoân Ñoâng Haø",
            "Leâ Quyù Ñoân",
            "Phaïm Thò Thuyû",
        ];
        for (legacy, expected) in legacy.iter().zip(NAMES) {
            assert_detects(legacy, Legacy::Vni, expected);
        }
    }

    #[test]
    fn vni_capitals_convert() {
        let cases = [
            ("NGUYEÃN VAÊN ÑÖÙC", "NGUYỄN VĂN ĐỨC"),
            ("TRAÀN THÒ HOÀNG NHUNG", "TRẦN THỊ HỒNG NHUNG"),
            ("LEÂ QUYÙ ÑOÂN", "LÊ QUÝ ĐÔN"),
            ("PHAÏM THÒ THUYÛ", "PHẠM THỊ THUỶ"),
            ("ÑÖÔØNG", "ĐƯỜNG"),
        ];
        for (legacy, expected) in cases {
            assert_detects(legacy, Legacy::Vni, expected);
        }
    }

    #[test]
    fn vni_sentences_convert() {
        let cases = [
            ("Hoaø Bình", "Hoà Bình"),
            (
                "Coäng hoaø xaõ hoäi chuû nghóa Vieät Nam",
                "Cộng hoà xã hội chủ nghĩa Việt Nam",
            ),
            (
                "Tröôøng Tieåu hoïc Nguyeãn Traõi",
                "Trường Tiểu học Nguyễn Trãi",
            ),
            (
                "Ñöôøng Leâ Lôïi, phöôøng Beán Ngheù",
                "Đường Lê Lợi, phường Bến Nghé",
            ),
            (
                "Uyû ban nhaân daân xaõ Quyønh Löu",
                "Uỷ ban nhân dân xã Quỳnh Lưu",
            ),
            (
                "Hôïp ñoàng lao ñoäng soá 15/2017",
                "Hợp đồng lao động số 15/2017",
            ),
            ("Leâ", "Lê"),
            ("Ñöùc", "Đức"),
        ];
        for (legacy, expected) in cases {
            assert_detects(legacy, Legacy::Vni, expected);
        }
    }

    /// Every TCVN3 letter, typed from the table order of UniKey's VnConv.
    #[test]
    fn tcvn3_table_covers_every_letter() {
        let legacy = "a¸µ¶·¹ ©ÊÇÈÉË ¨¾»¼½Æ ®§ eÐÌÎÏÑ ªÕÒÓÔÖ iÝ×ØÜÞ oãßáâä «èåæçé \
                      ¬íêëìî uóïñòô \u{AD}øõö÷ù yýúûüþ ¢£¤¥¦¡";
        let expected = "aáàảãạ âấầẩẫậ ăắằẳẵặ đĐ eéèẻẽẹ êếềểễệ iíìỉĩị oóòỏõọ ôốồổỗộ \
                        ơớờởỡợ uúùủũụ ưứừửữự yýỳỷỹỵ ÂÊÔƠƯĂ";
        let chars: Vec<char> = legacy.chars().collect();
        let converted = convert_tcvn3(&chars).map(|pieces| render(&pieces));
        assert_eq!(converted.as_deref(), Some(expected));
    }

    /// Every VNI letter, lowercase and capital, from xvnkb's vni.h order.
    #[test]
    fn vni_table_covers_every_letter() {
        let cases = [
            ("a aù aø aû aõ aï", "a á à ả ã ạ"),
            ("aâ aá aà aå aã aä", "â ấ ầ ẩ ẫ ậ"),
            ("aê aé aè aú aü aë", "ă ắ ằ ẳ ẵ ặ"),
            (
                "e eù eø eû eõ eï eâ eá eà eå eã eä",
                "e é è ẻ ẽ ẹ ê ế ề ể ễ ệ",
            ),
            (
                "o où oø oû oõ oï oâ oá oà oå oã oä",
                "o ó ò ỏ õ ọ ô ố ồ ổ ỗ ộ",
            ),
            ("ô ôù ôø ôû ôõ ôï", "ơ ớ ờ ở ỡ ợ"),
            (
                "u uù uø uû uõ uï ö öù öø öû öõ öï",
                "u ú ù ủ ũ ụ ư ứ ừ ử ữ ự",
            ),
            ("i í ì æ ó ò y yù yø yû yõ î ñ", "i í ì ỉ ĩ ị y ý ỳ ỷ ỹ ỵ đ"),
            ("AÙ AØ AÛ AÕ AÏ AÂ AÁ AÀ AÅ AÃ AÄ", "Á À Ả Ã Ạ Â Ấ Ầ Ẩ Ẫ Ậ"),
            ("AÊ AÉ AÈ AÚ AÜ AË", "Ă Ắ Ằ Ẳ Ẵ Ặ"),
            ("EÙ EØ EÛ EÕ EÏ EÂ EÁ EÀ EÅ EÃ EÄ", "É È Ẻ Ẽ Ẹ Ê Ế Ề Ể Ễ Ệ"),
            ("OÙ OØ OÛ OÕ OÏ OÂ OÁ OÀ OÅ OÃ OÄ", "Ó Ò Ỏ Õ Ọ Ô Ố Ồ Ổ Ỗ Ộ"),
            ("Ô ÔÙ ÔØ ÔÛ ÔÕ ÔÏ", "Ơ Ớ Ờ Ở Ỡ Ợ"),
            ("UÙ UØ UÛ UÕ UÏ Ö ÖÙ ÖØ ÖÛ ÖÕ ÖÏ", "Ú Ù Ủ Ũ Ụ Ư Ứ Ừ Ử Ữ Ự"),
            ("Í Ì Æ Ó Ò YÙ YØ YÛ YÕ Î Ñ", "Í Ì Ỉ Ĩ Ị Ý Ỳ Ỷ Ỹ Ỵ Đ"),
        ];
        for (legacy, expected) in cases {
            let chars: Vec<char> = legacy.chars().collect();
            let converted = convert_vni(&chars).map(|pieces| render(&pieces));
            assert_eq!(converted.as_deref(), Some(expected), "{legacy:?}");
        }
    }

    #[test]
    fn unicode_vietnamese_is_not_detected() {
        for name in NAMES {
            assert_not_detected(name);
        }
        let texts = [
            "Cộng hoà xã hội chủ nghĩa Việt Nam",
            "Hồ Chí Minh",
            "Lê Hà",
            "Tô Mê",
            "Hoá Toà",
            "Hoà Chí Minh",
            "Chí Minh",
            "NGUYỄN VĂN ĐỨC",
        ];
        for text in texts {
            assert_not_detected(text);
        }
    }

    #[test]
    fn decomposed_unicode_vietnamese_is_not_detected() {
        let texts = [
            "Nguye\u{302}\u{303}n Va\u{306}n \u{110}u\u{31B}\u{301}c",
            "Tra\u{302}\u{300}n Thi\u{323} Ho\u{302}\u{300}ng Nhung",
            "Le\u{302} Quy\u{301} \u{110}o\u{302}n",
            "Pha\u{323}m Thi\u{323} Thuy\u{309}",
            "Ho\u{300}a Bi\u{300}nh",
            "Hoa\u{300} Bi\u{300}nh",
        ];
        for text in texts {
            assert_not_detected(text);
        }
    }

    #[test]
    fn ascii_and_other_languages_are_not_detected() {
        let texts = [
            "",
            "   ",
            "Nguyen Van Duc",
            "Hello, world! 123",
            "Café Müller",
            "Café",
            "Müller",
            "naïve",
            "15°C",
            "© 2017",
            "Ñandú",
            "Señor Núñez",
            "São Paulo",
            "João Leão",
            "Straße",
            "Ærø",
            "Zoë",
            "Noël",
            "François",
            "Loïc",
            "Raphaël",
            "aún así",
            "où",
            "Björk Guðmundsdóttir",
            "Jürgen Müller",
            "Ångström",
            "résumé",
            "Fiancée",
            "Hå",
            "Thuû",
            "Vò Thu Thuû",
            "£m",
            "25 µm",
            "« Bonjour »",
            "€100 – “quoted” — ‘single’",
            "Windows®",
            "Crème brûlée",
            "Málaga, España",
            "Göteborg",
            "Ørsta",
            "Søren Kierkegaard",
            "Dvořák",
            "Łódź",
            "Москва",
            "東京",
            "Niccolò",
            "più",
        ];
        for text in texts {
            assert_not_detected(text);
        }
    }

    #[test]
    fn syllables() {
        let valid = [
            "nguyễn", "quý", "thuỷ", "thủy", "giữ", "gì", "khuỷu", "quốc", "đức", "ĐỨC", "yến",
            "oanh", "xoong", "hoà", "hòa", "ạ", "ư", "người", "rượu", "ngoài", "thuở", "giếng",
            "khoẻ", "khỏe", "Quỳnh", "tiểu",
        ];
        for word in valid {
            let chars: Vec<char> = word.chars().collect();
            assert!(is_vietnamese_syllable(&chars), "{word}");
        }
        let invalid = [
            "cafe", "müller", "bac", "đức̀", "ộl", "schưn", "nạve", "jỗo", "hoàá", "", "x1", "leõ",
            "ngưòi", "hòan", "múôn", "kùya", "bậ",
        ];
        for word in invalid {
            let chars: Vec<char> = word.chars().collect();
            assert!(!is_vietnamese_syllable(&chars), "{word}");
        }
    }

    #[test]
    fn random_text_never_panics_and_detection_is_stable() {
        let alphabet: Vec<char> = "aeouyidnAEOUYIDN ,.-1\u{AD}\u{A0}¡¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿\
             ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ\
             €–“”ăđơưạễ\u{300}\u{301}\u{323}😀\u{0}\u{85}\u{FFFD}"
            .chars()
            .collect();
        let mut state: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let mut detected = 0;
        for _ in 0..20_000 {
            let length = usize::try_from(next() % 12).unwrap_or_default();
            let text: String = (0..length)
                .map(|_| {
                    let index = usize::try_from(next()).unwrap_or_default() % alphabet.len();
                    alphabet[index]
                })
                .collect();
            if let Some((_, converted)) = detect(&text) {
                detected += 1;
                assert_eq!(detect(&converted), None, "{text:?} -> {converted:?}");
                assert!(
                    !converted
                        .chars()
                        .any(|c| ('\u{300}'..='\u{36F}').contains(&c))
                );
            }
        }
        assert!(detected < 20_000);
    }
}
