namespace ChainChief.Web.Features.Notifications;

/// <summary>
/// Tells a user's open pages (the bell in the app bar) that their unread count may have changed, so the badge updates
/// at once after reading in another tab; the bell also re-reads on its own timer for messages from other users and jobs.
/// </summary>
public sealed class UnreadCounter
{
    public event Action<string>? OnChanged;

    public void Changed(string userId) => OnChanged?.Invoke(userId);
}
