using System;

namespace GovDisclosure.Model.Narratives;

/// <summary>Arabic (ASCII and full-width) and Chinese numerals as written in reports.</summary>
internal static class Numerals
{
    public static bool IsDigit(char c) => (c >= '0' && c <= '9') || (c >= '０' && c <= '９');

    public static int DigitValue(char c) => c <= '9' ? c - '0' : c - '０';

    /// <summary>The value of a Chinese digit (〇零一二两三四五六七八九), or −1.</summary>
    public static int ChineseDigit(char c) => c switch
    {
        '〇' or '零' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    /// <summary>The multiplier of a Chinese unit character (十百千万亿), or 0.</summary>
    public static long ChineseMultiplier(char c) => c switch
    {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        '万' => 10_000,
        '亿' => 100_000_000,
        _ => 0,
    };

    public static bool IsChineseNumeral(char c) => ChineseDigit(c) >= 0 || ChineseMultiplier(c) != 0;

    /// <summary>
    /// Reads an Arabic number at <paramref name="start"/>: digits, thousands separators (<c>,</c> or <c>，</c> before exactly
    /// three digits), one decimal point (<c>.</c> or <c>．</c>). Returns the end, or <paramref name="start"/> when there is none.
    /// Digits beyond what a decimal holds are read as a number too large to matter (no exception).
    /// </summary>
    public static int ReadArabic(string text, int start, int end, out decimal value, out int decimals)
    {
        value = 0m;
        decimals = 0;
        var i = start;
        var integerDigits = 0;
        while (i < end)
        {
            var c = text[i];
            if (IsDigit(c))
            {
                if (integerDigits < 20)
                {
                    value = (value * 10) + DigitValue(c);
                }

                integerDigits++;
                i++;
            }
            else if ((c == ',' || c == '，') && integerDigits > 0 && IsThousandsGroup(text, i + 1, end))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        if (integerDigits == 0)
        {
            return start;
        }

        if (i + 1 < end && (text[i] == '.' || text[i] == '．') && IsDigit(text[i + 1]))
        {
            i++;
            var scale = 0.1m;
            while (i < end && IsDigit(text[i]))
            {
                if (decimals < 12)
                {
                    value += DigitValue(text[i]) * scale;
                    scale /= 10;
                }

                decimals++;
                i++;
            }
        }

        return i;
    }

    private static bool IsThousandsGroup(string text, int i, int end) =>
        i + 3 <= end && IsDigit(text[i]) && IsDigit(text[i + 1]) && IsDigit(text[i + 2]) && (i + 3 == end || !IsDigit(text[i + 3]));

    /// <summary>
    /// Reads a run of Chinese numerals at <paramref name="start"/> (<c>九</c>, <c>十二</c>, <c>一百零三</c>, <c>两千</c>, <c>二〇三五</c>).
    /// A trailing <c>万</c>/<c>亿</c> directly before <c>元</c> is left for the unit (<c>二十万元</c> is 20 万元). Returns the end.
    /// </summary>
    public static int ReadChinese(string text, int start, int end, out decimal value)
    {
        var i = start;
        while (i < end && IsChineseNumeral(text[i]) && i - start < 24)
        {
            i++;
        }

        // 万元 / 亿元 are units.
        if (i - 1 > start && i < end && text[i] == '元' && (text[i - 1] == '万' || text[i - 1] == '亿'))
        {
            i--;
        }

        value = ChineseValue(text, start, i);
        return i;
    }

    /// <summary>A value beyond any count a report has; runs of 万/亿 are clamped to it instead of overflowing.</summary>
    private const decimal Huge = 1_000_000_000_000_000m;

    private static decimal ChineseValue(string text, int start, int end)
    {
        var positional = true;
        for (var k = start; k < end; k++)
        {
            if (ChineseMultiplier(text[k]) != 0)
            {
                positional = false;
                break;
            }
        }

        if (positional)
        {
            // 二〇三五: digit by digit.
            decimal v = 0;
            for (var k = start; k < end; k++)
            {
                v = (v * 10) + ChineseDigit(text[k]);
            }

            return v;
        }

        decimal total = 0;
        decimal section = 0;
        decimal digit = 0;
        for (var k = start; k < end; k++)
        {
            var c = text[k];
            var d = ChineseDigit(c);
            if (d >= 0)
            {
                digit = d;
                continue;
            }

            var m = ChineseMultiplier(c);
            if (total + section > Huge)
            {
                return Huge;
            }

            if (m >= 10_000)
            {
                section += digit;
                total = (total + section) * m;
                section = 0;
            }
            else
            {
                section += (digit == 0 ? 1 : digit) * m;
            }

            digit = 0;
        }

        return total + section + digit;
    }
}

/// <summary>What a character can start or end, looked up in one 64K table so the scan costs one array read a character.</summary>
internal static class CharClass
{
    public const byte SentenceEnd = 1;
    public const byte Digit = 2;
    public const byte ChineseNumeral = 4;
    public const byte UnitStart = 8;
    public const byte ClauseEnd = 16;

    private static readonly byte[] Table = Build();

    public static byte Of(char c) => Table[c];

    public static bool Is(char c, byte flag) => (Table[c] & flag) != 0;

    /// <summary>The index of the next sentence end, digit or Chinese numeral at or after <paramref name="from"/>, or −1.</summary>
    /// <remarks>A plain loop over the table: faster on Chinese text than a vectorised search for a set of non-ASCII characters.</remarks>
    public static int NextCandidate(string text, int from)
    {
        var table = Table;
        for (var i = from; i < text.Length; i++)
        {
            if ((table[text[i]] & (Digit | ChineseNumeral | SentenceEnd)) != 0)
            {
                return i;
            }
        }

        return -1;
    }

    private static byte[] Build()
    {
        var table = new byte[65536];
        foreach (var c in "。；！？;!?\n\r")
        {
            table[c] |= SentenceEnd;
        }

        foreach (var c in "，,、：:（）()。；;")
        {
            table[c] |= ClauseEnd;
        }

        for (var c = '0'; c <= '9'; c++)
        {
            table[c] |= Digit;
        }

        for (var c = '０'; c <= '９'; c++)
        {
            table[c] |= Digit;
        }

        foreach (var c in "〇零一二两三四五六七八九十百千万亿")
        {
            table[c] |= ChineseNumeral;
        }

        // The first characters of the units (件 个 条 项 次 份 宗 起 例 部 篇 元 万元 亿元 人次 % ％ 个百分点).
        foreach (var c in "件个条项次份宗起例部篇元万亿人%％")
        {
            table[c] |= UnitStart;
        }

        return table;
    }
}
