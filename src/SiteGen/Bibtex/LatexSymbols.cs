using System.Collections.Frozen;

namespace SiteGen.Bibtex;

/// <summary>
/// The LaTeX commands that stand for one character or word, as found in real <c>.bib</c> files: letters
/// (<c>\ss</c>, <c>\o</c>), text symbols (<c>\textendash</c>, <c>\texttimes</c>, <c>\textohm</c>), Greek letters and
/// the common math symbols (<c>\oplus</c>, <c>\subseteq</c>, <c>\in</c>, <c>\wedge</c>), each with its Unicode text.
/// </summary>
public static class LatexSymbols
{
    /// <summary>Command name without the backslash (case matters: <c>\Sigma</c> is not <c>\sigma</c>) to its text.</summary>
    public static readonly FrozenDictionary<string, string> ByCommand = new Dictionary<string, string>
    {
        // Letters
        ["ss"] = "ß", ["o"] = "ø", ["O"] = "Ø", ["l"] = "ł", ["L"] = "Ł", ["aa"] = "å", ["AA"] = "Å", ["ae"] = "æ",
        ["AE"] = "Æ", ["oe"] = "œ", ["OE"] = "Œ", ["i"] = "ı", ["j"] = "ȷ", ["dh"] = "ð", ["DH"] = "Ð", ["th"] = "þ", ["TH"] = "Þ",
        ["ng"] = "ŋ", ["NG"] = "Ŋ", ["dj"] = "đ", ["DJ"] = "Đ",
        // Text symbols
        ["textendash"] = "–", ["textemdash"] = "—", ["textasciitilde"] = "~", ["textasciicircum"] = "^",
        ["textbackslash"] = "\\", ["textquotedblleft"] = "“", ["textquotedblright"] = "”", ["textquoteleft"] = "‘",
        ["textquoteright"] = "’", ["textquotesingle"] = "'", ["textquotedbl"] = "\"", ["guillemotleft"] = "«",
        ["guillemotright"] = "»", ["guillemetleft"] = "«", ["guillemetright"] = "»", ["textregistered"] = "®",
        ["texttrademark"] = "™", ["textcopyright"] = "©", ["copyright"] = "©", ["ldots"] = "…", ["dots"] = "…",
        ["textellipsis"] = "…", ["cdots"] = "⋯", ["LaTeX"] = "LaTeX", ["TeX"] = "TeX", ["BibTeX"] = "BibTeX",
        ["texttimes"] = "×", ["textbar"] = "|", ["textbullet"] = "•", ["textohm"] = "Ω", ["textdollar"] = "$",
        ["textdegree"] = "°", ["textmu"] = "µ", ["textpm"] = "±", ["textminus"] = "−", ["textdiv"] = "÷",
        ["textless"] = "<", ["textgreater"] = ">", ["textunderscore"] = "_", ["textbraceleft"] = "{", ["textbraceright"] = "}",
        ["textasteriskcentered"] = "∗", ["textdagger"] = "†", ["textdaggerdbl"] = "‡", ["dag"] = "†", ["ddag"] = "‡",
        ["textsection"] = "§", ["S"] = "§", ["textparagraph"] = "¶", ["P"] = "¶", ["textsterling"] = "£", ["pounds"] = "£",
        ["texteuro"] = "€", ["euro"] = "€", ["textyen"] = "¥", ["textcent"] = "¢", ["textperthousand"] = "‰",
        ["textonehalf"] = "½", ["textonequarter"] = "¼", ["textthreequarters"] = "¾", ["textexclamdown"] = "¡",
        ["textquestiondown"] = "¿", ["textperiodcentered"] = "·", ["textvisiblespace"] = "␣", ["checkmark"] = "✓",
        // Math: operators and relations
        ["times"] = "×", ["cdot"] = "·", ["pm"] = "±", ["mp"] = "∓", ["div"] = "÷", ["ast"] = "∗", ["star"] = "⋆",
        ["circ"] = "∘", ["bullet"] = "•", ["oplus"] = "⊕", ["otimes"] = "⊗", ["ominus"] = "⊖", ["odot"] = "⊙",
        ["leq"] = "≤", ["le"] = "≤", ["geq"] = "≥", ["ge"] = "≥", ["neq"] = "≠", ["ne"] = "≠", ["approx"] = "≈",
        ["sim"] = "∼", ["simeq"] = "≃", ["cong"] = "≅", ["equiv"] = "≡", ["propto"] = "∝", ["ll"] = "≪", ["gg"] = "≫",
        ["prec"] = "≺", ["succ"] = "≻", ["preceq"] = "⪯", ["succeq"] = "⪰", ["perp"] = "⊥", ["parallel"] = "∥", ["mid"] = "∣",
        ["vert"] = "|", ["Vert"] = "‖", ["in"] = "∈", ["notin"] = "∉", ["ni"] = "∋", ["subset"] = "⊂", ["subseteq"] = "⊆",
        ["supset"] = "⊃", ["supseteq"] = "⊇", ["cup"] = "∪", ["cap"] = "∩", ["setminus"] = "∖", ["emptyset"] = "∅",
        ["varnothing"] = "∅", ["wedge"] = "∧", ["land"] = "∧", ["vee"] = "∨", ["lor"] = "∨", ["neg"] = "¬", ["lnot"] = "¬",
        ["forall"] = "∀", ["exists"] = "∃", ["top"] = "⊤", ["bot"] = "⊥", ["vdash"] = "⊢", ["models"] = "⊨",
        ["infty"] = "∞", ["nabla"] = "∇", ["partial"] = "∂", ["sum"] = "∑", ["prod"] = "∏", ["int"] = "∫", ["sqrt"] = "√",
        ["ell"] = "ℓ", ["hbar"] = "ℏ", ["Re"] = "ℜ", ["Im"] = "ℑ", ["aleph"] = "ℵ", ["prime"] = "′", ["angle"] = "∠",
        ["triangle"] = "△", ["Box"] = "□", ["square"] = "□", ["diamond"] = "⋄", ["langle"] = "⟨", ["rangle"] = "⟩",
        ["lceil"] = "⌈", ["rceil"] = "⌉", ["lfloor"] = "⌊", ["rfloor"] = "⌋", ["dagger"] = "†", ["ddagger"] = "‡",
        ["log"] = "log", ["exp"] = "exp", ["min"] = "min", ["max"] = "max", ["sin"] = "sin", ["cos"] = "cos", ["lim"] = "lim",
        // Math: arrows
        ["rightarrow"] = "→", ["to"] = "→", ["leftarrow"] = "←", ["gets"] = "←", ["leftrightarrow"] = "↔",
        ["Rightarrow"] = "⇒", ["Leftarrow"] = "⇐", ["Leftrightarrow"] = "⇔", ["implies"] = "⟹", ["iff"] = "⟺",
        ["mapsto"] = "↦", ["uparrow"] = "↑", ["downarrow"] = "↓", ["longrightarrow"] = "⟶",
        // Greek
        ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ", ["epsilon"] = "ε", ["varepsilon"] = "ε",
        ["zeta"] = "ζ", ["eta"] = "η", ["theta"] = "θ", ["vartheta"] = "ϑ", ["iota"] = "ι", ["kappa"] = "κ", ["lambda"] = "λ",
        ["mu"] = "μ", ["nu"] = "ν", ["xi"] = "ξ", ["omicron"] = "ο", ["pi"] = "π", ["varpi"] = "ϖ", ["rho"] = "ρ",
        ["varrho"] = "ϱ", ["sigma"] = "σ", ["varsigma"] = "ς", ["tau"] = "τ", ["upsilon"] = "υ", ["phi"] = "φ",
        ["varphi"] = "φ", ["chi"] = "χ", ["psi"] = "ψ", ["omega"] = "ω", ["Gamma"] = "Γ", ["Delta"] = "Δ", ["Theta"] = "Θ",
        ["Lambda"] = "Λ", ["Xi"] = "Ξ", ["Pi"] = "Π", ["Sigma"] = "Σ", ["Upsilon"] = "Υ", ["Phi"] = "Φ", ["Psi"] = "Ψ",
        ["Omega"] = "Ω",
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
