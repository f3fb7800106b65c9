using System;
using System.Globalization;
using System.Text;

namespace GovDisclosure.Model.Documents.Reading;

/// <summary>What a table cell's text says: blank, a number (with an annotation or unit), or words.</summary>
internal readonly struct CellValue
{
    public CellValue(bool isBlank, decimal? number, string? annotation, string? unit)
    {
        IsBlank = isBlank;
        Number = number;
        Annotation = annotation;
        Unit = unit;
    }

    public bool IsBlank { get; }

    public decimal? Number { get; }

    public string? Annotation { get; }

    public string? Unit { get; }

    /// <summary>Whether the text holds a value (a number or a blank): what a data cell holds.</summary>
    public bool IsValue => IsBlank || Number.HasValue;
}

/// <summary>Normal forms of printed text, for matching labels and reading numbers.</summary>
internal static class TextForms
{
    /// <summary>
    /// The form labels are compared in: full-width letters, digits and punctuation made half-width, every
    /// whitespace character (spaces between CJK characters, U+00A0, U+3000, line breaks) removed, <c>、</c>
    /// and <c>，</c> made <c>,</c> except after a leading number where they are <c>.</c> (an item number, <c>1、</c>) —
    /// unless a comma there begins a group of three digits (a thousands separator, <c>18,664</c>) — quotes made straight.
    /// </summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text!.Length);
        for (var index = 0; index < text.Length; index++)
        {
            var raw = text[index];
            var c = raw;
            if (c >= '\uFF01' && c <= '\uFF5E')
            {
                c = (char)(c - 0xFEE0);
            }

            if (char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF')
            {
                continue;
            }

            switch (c)
            {
                case '、':
                case '，':
                    c = ',';
                    break;
                case '“':
                case '”':
                case '「':
                case '」':
                    c = '"';
                    break;
                case '‘':
                case '’':
                    c = '\'';
                    break;
                case '．':
                case '。' when builder.Length > 0 && char.IsDigit(builder[builder.Length - 1]):
                    c = '.';
                    break;
            }

            // "1、" and "1," after a leading item number read as "1."; "18,664" keeps its thousands separator.
            if (c == ',' && builder.Length > 0 && char.IsDigit(builder[builder.Length - 1]) && IsLeadingNumber(builder)
                && !(raw is ',' or '，' && ThousandsGroupFollowsRaw(text, index)))
            {
                c = '.';
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Whether the comma at <paramref name="comma"/> is followed by exactly three digits (half- or full-width).</summary>
    private static bool ThousandsGroupFollowsRaw(string text, int comma)
    {
        static bool IsDigitAt(string t, int i) => i < t.Length && (t[i] is >= '0' and <= '9' || t[i] is >= '０' and <= '９');
        return IsDigitAt(text, comma + 1) && IsDigitAt(text, comma + 2) && IsDigitAt(text, comma + 3) && !IsDigitAt(text, comma + 4);
    }

    private static bool IsLeadingNumber(StringBuilder builder)
    {
        for (var i = 0; i < builder.Length; i++)
        {
            if (!char.IsDigit(builder[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Collapses runs of whitespace in printed text to one space and trims; keeps line structure out.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text!.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                // Keep a space only between two non-CJK characters (words); drop it next to CJK text.
                var previous = builder[builder.Length - 1];
                if (!IsCjk(previous) && !IsCjk(c))
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Whether a character is CJK text or full-width punctuation (where no space belongs).</summary>
    public static bool IsCjk(char c) =>
        (c >= '\u2E80' && c <= '\u9FFF') || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFF00' && c <= '\uFFEF') || (c >= '\u3000' && c <= '\u303F') || c == '“' || c == '”';

    /// <summary>Reads a cell's text as a value: blank, a number, a number with an annotation (<c>22（其中修订16件）</c>) or unit (<c>251000元</c>).</summary>
    public static CellValue ReadCell(string? text)
    {
        var s = Normalize(text);
        if (s.Length == 0 || s is "-" or "—" or "——" or "/" or "\\" or "－" or "–")
        {
            return new CellValue(true, null, null, null);
        }

        var i = 0;
        var sign = 1;
        if (s[i] == '+' || s[i] == '-')
        {
            sign = s[i] == '-' ? -1 : 1;
            i++;
        }

        var digitsStart = i;
        var digits = new StringBuilder();
        while (i < s.Length && (char.IsDigit(s[i]) || (s[i] == ',' && ThousandsGroupFollows(s, i))))
        {
            if (s[i] != ',')
            {
                digits.Append(s[i]);
            }

            i++;
        }

        if (i == digitsStart || digits.Length == 0)
        {
            return default;
        }

        if (i < s.Length && s[i] == '.' && i + 1 < s.Length && char.IsDigit(s[i + 1]))
        {
            digits.Append('.');
            i++;
            while (i < s.Length && char.IsDigit(s[i]))
            {
                digits.Append(s[i]);
                i++;
            }
        }

        if (digits.Length > 28 || !decimal.TryParse(digits.ToString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return default;
        }

        string? unit = null;
        var unitStart = i;
        while (i < s.Length && s[i] != '(' && (s[i] == '元' || s[i] == '万' || s[i] == '亿' || s[i] == '件' || s[i] == '个' || s[i] == '条' || s[i] == '项' || s[i] == '次' || s[i] == '%'))
        {
            i++;
        }

        if (i > unitStart)
        {
            unit = s.Substring(unitStart, i - unitStart);
        }

        string? annotation = null;
        if (i < s.Length)
        {
            if (s[i] != '(' || s[s.Length - 1] != ')')
            {
                return default;
            }

            annotation = AnnotationOf(text!);
            if (string.IsNullOrEmpty(annotation))
            {
                return default;
            }
        }

        return new CellValue(false, sign * number, annotation, unit);
    }

    private static bool ThousandsGroupFollows(string s, int comma) =>
        comma > 0 && comma + 3 < s.Length
        && char.IsDigit(s[comma + 1]) && char.IsDigit(s[comma + 2]) && char.IsDigit(s[comma + 3])
        && (comma + 4 == s.Length || !char.IsDigit(s[comma + 4]));

    /// <summary>The text between the first opening bracket and the last closing bracket, as printed.</summary>
    private static string? AnnotationOf(string printed)
    {
        var open = printed.IndexOfAny(new[] { '（', '(' });
        var close = printed.LastIndexOfAny(new[] { '）', ')' });
        return open >= 0 && close > open ? printed.Substring(open + 1, close - open - 1).Trim() : null;
    }

    /// <summary>Similarity of two normalised labels: the longest common subsequence over the longer length (0..1).</summary>
    public static double Similarity(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        if (a.Length > 200 || b.Length > 200)
        {
            return string.Equals(a, b, StringComparison.Ordinal) ? 1 : 0;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            }

            (previous, current) = (current, previous);
        }

        return (double)previous[b.Length] / Math.Max(a.Length, b.Length);
    }
}
