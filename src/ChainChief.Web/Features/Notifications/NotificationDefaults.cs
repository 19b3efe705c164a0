namespace ChainChief.Web.Features.Notifications;

/// <summary>Who gets what until the 链长办 changes it: each step tells the party that must act next, escalation widens the circle.</summary>
public static class NotificationDefaults
{
    private const NotificationAudience Firm = NotificationAudience.Firm, Handler = NotificationAudience.Handler,
        Office = NotificationAudience.Office, County = NotificationAudience.County, Chief = NotificationAudience.Chief;

    public static readonly IReadOnlyDictionary<NotificationTopic, NotificationAudience[]> Rules = new Dictionary<NotificationTopic, NotificationAudience[]>
    {
        [NotificationTopic.AppealFiled] = [Office, County],
        [NotificationTopic.AppealSignedIn] = [Firm],
        [NotificationTopic.AppealAssigned] = [Handler, Firm],
        [NotificationTopic.AppealTransferred] = [Handler, Firm],
        [NotificationTopic.AppealAccepted] = [Firm],
        [NotificationTopic.AppealReturned] = [Office],
        [NotificationTopic.AppealReplied] = [Firm, Office],
        [NotificationTopic.AppealRatedSatisfied] = [Handler],
        [NotificationTopic.AppealReopened] = [Handler, Office],
        [NotificationTopic.ExtensionRequested] = [Office],
        [NotificationTopic.ExtensionApproved] = [Handler],
        [NotificationTopic.ExtensionRefused] = [Handler],
        [NotificationTopic.WithdrawalRequested] = [Office],
        [NotificationTopic.WithdrawalApproved] = [Firm, Handler],
        [NotificationTopic.WithdrawalRefused] = [Firm],
        [NotificationTopic.AppealClosed] = [Firm, Handler],
        [NotificationTopic.AppealReminder] = [Handler],
        [NotificationTopic.AppealSupervision] = [Handler, Office],
        [NotificationTopic.AppealLeaderSupervision] = [Handler, Office, Chief],
        [NotificationTopic.AppealNotice] = [Handler, Office, Chief, County],
    };

    public static IEnumerable<NotificationRule> All() =>
        Rules.SelectMany(r => r.Value.Select(a => new NotificationRule { Topic = r.Key, Audience = a }));
}
