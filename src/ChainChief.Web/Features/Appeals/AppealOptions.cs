namespace ChainChief.Web.Features.Appeals;

/// <summary>Deadlines by class in working days (DOMAIN §7 defaults); set under <c>Appeals:Sla</c> in configuration.</summary>
public sealed class AppealOptions
{
    public const string Section = "Appeals";

    public Dictionary<AppealClass, int> Sla { get; set; } = new()
    {
        [AppealClass.Consultation] = 1, [AppealClass.General] = 3, [AppealClass.Complex] = 15, [AppealClass.Major] = 30,
    };

    public int WorkingDays(AppealClass c) => Sla.TryGetValue(c, out var days) ? days : 3;
}
