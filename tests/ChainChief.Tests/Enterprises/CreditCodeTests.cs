using ChainChief.Web.Features.Enterprises;

namespace ChainChief.Tests.Enterprises;

public sealed class CreditCodeTests
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    // Published codes of real firms (Huawei Technologies, State Grid) and codes whose check character was
    // computed independently of the production code.
    [Theory]
    [InlineData("914403001922038216")]
    [InlineData("91110000802100433B")]
    [InlineData("91610902MA0000000E")]
    [InlineData("91110000100001342C")]
    public void Accepts_valid_codes(string code) => Assert.Null(CreditCode.Validate(code));

    [Fact]
    public void Rejects_every_single_character_corruption_of_valid_codes()
    {
        var random = new Random(4754);
        var checkedCodes = 0;
        for (var n = 0; n < 200; n++)
        {
            var first17 = new string([.. Enumerable.Range(0, 17).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
            var code = CreditCode.Complete(first17);
            Assert.True(CreditCode.IsValid(code), code);
            for (var position = 0; position < 18; position++)
            {
                foreach (var c in Alphabet.Where(c => c != code[position]))
                {
                    var corrupted = code[..position] + c + code[(position + 1)..];
                    Assert.False(CreditCode.IsValid(corrupted), $"{corrupted} (from {code}) was accepted");
                    checkedCodes++;
                }
            }
        }
        Assert.Equal(200 * 18 * 30, checkedCodes);
    }

    [Theory]
    [InlineData("", "不能为空")]
    [InlineData("91610902MA0000000", "应为18位")]
    [InlineData("91610902MA0000000EE", "应为18位")]
    [InlineData("91610902MA00000O0E", "第16位“O”不是有效字符")]
    [InlineData("91610902ma0000000E", "第9位“m”不是有效字符")]
    [InlineData("91610902MA0000000F", "校验位不正确")]
    public void Explains_what_is_wrong_in_Chinese(string code, string expected) =>
        Assert.Contains(expected, CreditCode.Validate(code));
}
