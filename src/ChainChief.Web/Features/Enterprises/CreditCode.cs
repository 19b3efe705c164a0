using System.ComponentModel.DataAnnotations;

namespace ChainChief.Web.Features.Enterprises;

/// <summary>
/// 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-symbol alphabet; the last is a check character over the
/// first 17 with weights 3^i mod 31. Characters 3–8 are the registering division code.
/// </summary>
public static class CreditCode
{
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>The check character for the first 17 characters, or null when one is outside the alphabet.</summary>
    public static char? CheckChar(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17)
        {
            return null;
        }
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var v = Alphabet.IndexOf(first17[i]);
            if (v < 0)
            {
                return null;
            }
            sum += v * Weights[i];
        }
        var check = 31 - (sum % 31);
        return Alphabet[check == 31 ? 0 : check];
    }

    /// <summary>Null when valid; otherwise the reason in Chinese.</summary>
    public static string? Validate(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return "统一社会信用代码不能为空";
        }
        if (code.Length != 18)
        {
            return $"统一社会信用代码应为18位，当前为{code.Length}位";
        }
        for (var i = 0; i < 18; i++)
        {
            if (Alphabet.IndexOf(code[i]) < 0)
            {
                return $"统一社会信用代码第{i + 1}位“{code[i]}”不是有效字符（不使用I、O、Z、S、V及小写字母）";
            }
        }
        return CheckChar(code.AsSpan(0, 17)) == code[17] ? null : "统一社会信用代码校验位不正确，请核对";
    }

    public static bool IsValid(string? code) => Validate(code) is null;

    /// <summary>Appends the check character: used by the demo generator and test builders.</summary>
    public static string Complete(string first17) => first17 + CheckChar(first17)!.Value;
}

/// <summary>DataAnnotations form of <see cref="CreditCode.Validate"/>, shared by the API and the Blazor forms.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class CreditCodeAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext context) =>
        CreditCode.Validate(value as string) is { } error
            ? new ValidationResult(error, context.MemberName is null ? null : [context.MemberName])
            : ValidationResult.Success;
}
