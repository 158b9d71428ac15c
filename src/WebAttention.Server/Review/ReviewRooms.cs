using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using WebAttention.Core.Review;

namespace WebAttention.Server.Review;

/// <summary>
/// The live state of review rooms in this process: which connection is in which clip's room as whom
/// (and through which link, so revoking a link can drop its connections), presence, and the presenter's playback.
/// </summary>
public sealed class ReviewRooms(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Member> _members = new();
    private readonly ConcurrentDictionary<Guid, Room> _rooms = new();

    /// <summary>SignalR group of a clip's room.</summary>
    public static string Group(Guid clipId) => $"review:{clipId:N}";

    public long NowMs => time.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>Puts a connection in a room (replacing any room it was in); returns the room it left, if any.</summary>
    public Guid? Join(HubCallerContext context, ReviewActor actor)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(actor);
        Guid? left = _members.TryGetValue(context.ConnectionId, out var old) && old.Actor.ClipId != actor.ClipId ? old.Actor.ClipId : null;
        _members[context.ConnectionId] = new Member(context, actor);
        _rooms.GetOrAdd(actor.ClipId, _ => new Room());
        if (left is { } clip)
        {
            ReleasePresenter(clip, context.ConnectionId, old);
        }
        return left;
    }

    /// <summary>Takes a connection out of its room; returns the clip it was in.</summary>
    public Guid? Leave(string connectionId)
    {
        if (!_members.TryRemove(connectionId, out var member))
        {
            return null;
        }
        ReleasePresenter(member.Actor.ClipId, connectionId, member);
        return member.Actor.ClipId;
    }

    /// <summary>Whether the connection is in the clip's room.</summary>
    public bool IsIn(string connectionId, Guid clipId) =>
        _members.TryGetValue(connectionId, out var m) && m.Actor.ClipId == clipId;

    /// <summary>Refreshes the actor (scope may change) and the reported position.</summary>
    public void Update(string connectionId, ReviewActor actor, PresenceUpdate update)
    {
        if (_members.TryGetValue(connectionId, out var m))
        {
            lock (m)
            {
                m.Actor = actor;
                m.Position = double.IsFinite(update.Position) ? Math.Max(0, update.Position) : m.Position;
                m.Following = update.Following;
                m.Editing = update.Editing && actor.Scope >= ReviewScope.Edit;
            }
        }
    }

    /// <summary>The room's members (an array: MessagePack cannot write the compiler's collection types).</summary>
    public PresenceMember[] Members(Guid clipId)
    {
        var presenter = _rooms.TryGetValue(clipId, out var room) ? room.PresenterConnection : null;
        return [.. _members.Values.Where(m => m.Actor.ClipId == clipId)
            .Select(m => new PresenceMember(m.Context.ConnectionId, m.Actor.Key, m.Actor.Name, m.Actor.Scope, m.Position, m.Following, m.Editing, m.Context.ConnectionId == presenter))
            .OrderBy(m => m.DisplayName, StringComparer.OrdinalIgnoreCase).ThenBy(m => m.ConnectionId, StringComparer.Ordinal)];
    }

    public PlaybackState Playback(Guid clipId) => _rooms.GetOrAdd(clipId, _ => new Room()).State;

    /// <summary>Makes the connection the presenter, keeping the current position.</summary>
    public PlaybackState TakePresenter(Guid clipId, string connectionId, ReviewActor actor)
    {
        var room = _rooms.GetOrAdd(clipId, _ => new Room());
        lock (room)
        {
            var position = PlaybackClock.ExpectedPosition(room.State, NowMs);
            if (room.PresenterConnection != connectionId)
            {
                if (room.PresenterConnection is { } previous && _members.TryGetValue(previous, out var was))
                {
                    was.StopPresenting(NowMs);
                }
                if (_members.TryGetValue(connectionId, out var now))
                {
                    now.StartPresenting(NowMs);
                }
            }
            room.PresenterConnection = connectionId;
            room.State = room.State with
            {
                PresenterKey = actor.Key, PresenterName = actor.Name, Position = position,
                ServerTimeMs = NowMs, Sequence = room.State.Sequence + 1,
            };
            return room.State;
        }
    }

    /// <summary>Applies the presenter's command; null when the connection is not the presenter.</summary>
    public PlaybackState? Apply(Guid clipId, string connectionId, PlaybackCommand command)
    {
        var room = _rooms.GetOrAdd(clipId, _ => new Room());
        lock (room)
        {
            if (room.PresenterConnection != connectionId)
            {
                return null;
            }
            room.State = room.State with
            {
                Playing = command.Playing, Position = command.Position, Rate = command.Rate,
                ServerTimeMs = NowMs, Sequence = room.State.Sequence + 1,
            };
            return room.State;
        }
    }

    /// <summary>The connections that hang on <paramref name="linkId"/> (guests of the link and users granted by it).</summary>
    public IReadOnlyList<HubCallerContext> ConnectionsOf(Guid linkId) =>
        [.. _members.Values.Where(m => m.Actor.LinkId == linkId).Select(m => m.Context)];

    /// <summary>Seconds the connection has led playback in its current room (0 when it is in none).</summary>
    public double PresenterSeconds(string connectionId) =>
        _members.TryGetValue(connectionId, out var m) ? m.PresentedMs(NowMs) / 1000.0 : 0;

    /// <summary>The distinct links that connected members came in by.</summary>
    public IReadOnlyList<Guid> LinkIds() =>
        [.. _members.Values.Select(m => m.Actor.LinkId).OfType<Guid>().Distinct()];

    private void ReleasePresenter(Guid clipId, string connectionId, Member? member)
    {
        if (_rooms.TryGetValue(clipId, out var room))
        {
            lock (room)
            {
                if (room.PresenterConnection == connectionId)
                {
                    member?.StopPresenting(NowMs);
                    room.PresenterConnection = null;
                    room.State = room.State with
                    {
                        PresenterKey = null, PresenterName = null, Playing = false,
                        Position = PlaybackClock.ExpectedPosition(room.State, NowMs), ServerTimeMs = NowMs, Sequence = room.State.Sequence + 1,
                    };
                }
            }
        }
    }

    private sealed class Member(HubCallerContext context, ReviewActor actor)
    {
        public HubCallerContext Context { get; } = context;
        public ReviewActor Actor { get; set; } = actor;
        public double Position { get; set; }
        public bool Following { get; set; } = true;
        public bool Editing { get; set; }

        private long presentedMs;
        private long? presentingSinceMs;

        public void StartPresenting(long nowMs)
        {
            lock (this)
            {
                presentingSinceMs ??= nowMs;
            }
        }

        public void StopPresenting(long nowMs)
        {
            lock (this)
            {
                if (presentingSinceMs is { } since)
                {
                    presentedMs += Math.Max(0, nowMs - since);
                    presentingSinceMs = null;
                }
            }
        }

        public long PresentedMs(long nowMs)
        {
            lock (this)
            {
                return presentedMs + (presentingSinceMs is { } since ? Math.Max(0, nowMs - since) : 0);
            }
        }
    }

    private sealed class Room
    {
        public string? PresenterConnection { get; set; }
        public PlaybackState State { get; set; } = new(null, null, false, 0, 1, 0, 0);
    }
}
