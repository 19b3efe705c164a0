namespace ChainChief.Web.Features.Calendar;

/// <summary>When something received at a given moment is due after N working days, and why (for officials to check).</summary>
public sealed class ComputeDeadline(CalendarProvider provider)
{
    public sealed record Result(DateTime ReceivedAt, DateOnly ReceiptDay, int WorkingDays, DateTime Deadline, int CalendarDays, bool Covered);

    public async Task<Result> HandleAsync(DateTime receivedAt, int workingDays, CancellationToken ct)
    {
        if (workingDays is < 0 or > 365)
        {
            throw new Infrastructure.Errors.InputException("days", "工作日数应在0到365之间");
        }
        var calendar = await provider.GetAsync(ct);
        var receipt = calendar.ReceiptDay(receivedAt);
        var deadline = calendar.Deadline(receivedAt, workingDays);
        return new Result(receivedAt, receipt, workingDays, deadline, DateOnly.FromDateTime(deadline).DayNumber - DateOnly.FromDateTime(receivedAt).DayNumber,
            calendar.Covers(receivedAt.Year) && calendar.Covers(deadline.Year));
    }
}
