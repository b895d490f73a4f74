//! The dashboard's figures for a unit and the units below it: registration (from
//! `unit_counts`, as the tree pages), progress on the approved pledges (`pledge_counts`)
//! and the decided ratings of members (`rating_counts`), all kept by the database in the
//! same transaction as every change, so a page reads one row per unit it shows (per
//! deadline, for the pledges) whatever the size of the province.

use std::collections::HashMap;

use chrono::NaiveDate;
use sqlx::PgConnection;

use crate::db::tree::{Counts, UnitCounts};
use crate::domain::ids::OrgUnitId;

/// Progress on the approved pledges of members.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Pledges {
    pub items: i64,
    pub done: i64,
    /// Due before today and not done.
    pub overdue: i64,
}

/// The decided ratings of members, by level.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Ratings {
    pub excellent: i64,
    pub good: i64,
    pub completed: i64,
    pub not_completed: i64,
    pub not_rated: i64,
}

impl Ratings {
    pub fn rated(&self) -> i64 {
        self.excellent + self.good + self.completed + self.not_completed
    }

    pub fn decided(&self) -> i64 {
        self.rated() + self.not_rated
    }
}

/// Everything a dashboard shows of one unit in one year.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Figures {
    pub counts: Counts,
    pub pledges: Pledges,
    pub ratings: Ratings,
}

impl std::ops::Add for Figures {
    type Output = Figures;

    fn add(self, o: Figures) -> Figures {
        Figures {
            counts: self.counts + o.counts,
            pledges: Pledges {
                items: self.pledges.items + o.pledges.items,
                done: self.pledges.done + o.pledges.done,
                overdue: self.pledges.overdue + o.pledges.overdue,
            },
            ratings: Ratings {
                excellent: self.ratings.excellent + o.ratings.excellent,
                good: self.ratings.good + o.ratings.good,
                completed: self.ratings.completed + o.ratings.completed,
                not_completed: self.ratings.not_completed + o.ratings.not_completed,
                not_rated: self.ratings.not_rated + o.ratings.not_rated,
            },
        }
    }
}

/// A unit below the one shown, with its figures.
#[derive(Debug, Clone)]
pub struct Child {
    pub unit: UnitCounts,
    pub figures: Figures,
}

/// The pledges and ratings of `units` in `year`, as of `today` for what is overdue.
async fn pledges_and_ratings(
    conn: &mut PgConnection,
    units: &[OrgUnitId],
    year: i32,
    today: NaiveDate,
) -> sqlx::Result<HashMap<OrgUnitId, (Pledges, Ratings)>> {
    let ids: Vec<i64> = units.iter().map(|u| u.0).collect();
    let rows = sqlx::query!(
        r#"select u.id as "id!: OrgUnitId",
                  coalesce(p.items, 0) as "items!", coalesce(p.done, 0) as "done!",
                  coalesce(p.overdue, 0) as "overdue!",
                  coalesce(r.excellent, 0) as "excellent!", coalesce(r.good, 0) as "good!",
                  coalesce(r.completed, 0) as "completed!",
                  coalesce(r.not_completed, 0) as "not_completed!",
                  coalesce(r.not_rated, 0) as "not_rated!"
           from unnest($1::bigint[]) as u(id)
           left join (select unit_id, sum(items)::bigint as items, sum(done)::bigint as done,
                             coalesce(sum(items - done) filter (where due_on < $3), 0)::bigint
                                 as overdue
                      from pledge_counts
                      where unit_id = any($1) and year = $2
                      group by unit_id) p on p.unit_id = u.id
           left join rating_counts r on r.unit_id = u.id and r.year = $2"#,
        &ids,
        year,
        today
    )
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            (
                r.id,
                (
                    Pledges {
                        items: r.items,
                        done: r.done,
                        overdue: r.overdue,
                    },
                    Ratings {
                        excellent: r.excellent.into(),
                        good: r.good.into(),
                        completed: r.completed.into(),
                        not_completed: r.not_completed.into(),
                        not_rated: r.not_rated.into(),
                    },
                ),
            )
        })
        .collect())
}

/// The unit's own figures and its children's for `year` (the children as the tree stood
/// at the end of that year; the root adds up its children).
pub async fn figures(
    conn: &mut PgConnection,
    unit: OrgUnitId,
    is_root: bool,
    year: i32,
    today: NaiveDate,
) -> sqlx::Result<(Figures, Vec<Child>)> {
    let (counts, children) = crate::db::tree::counts(conn, unit, year, today).await?;
    let mut ids: Vec<OrgUnitId> = children.iter().map(|c| c.id).collect();
    ids.push(unit);
    let found = pledges_and_ratings(conn, &ids, year, today).await?;
    let children: Vec<Child> = children
        .into_iter()
        .map(|c| {
            let (pledges, ratings) = found.get(&c.id).copied().unwrap_or_default();
            Child {
                figures: Figures {
                    counts: c.counts,
                    pledges,
                    ratings,
                },
                unit: c,
            }
        })
        .collect();
    let own = if is_root {
        children
            .iter()
            .fold(Figures::default(), |sum, c| sum + c.figures)
    } else {
        let (pledges, ratings) = found.get(&unit).copied().unwrap_or_default();
        Figures {
            counts,
            pledges,
            ratings,
        }
    };
    Ok((own, children))
}

/// One year of a unit's trend.
#[derive(Debug, Clone, Copy)]
pub struct YearFigures {
    pub year: i32,
    pub figures: Figures,
}

/// The unit's figures in every year there is, oldest first: its own rows, or for the root
/// its children's as the tree stood at the end of each year. One query.
pub async fn trend(
    conn: &mut PgConnection,
    unit: OrgUnitId,
    today: NaiveDate,
) -> sqlx::Result<Vec<YearFigures>> {
    let rows = sqlx::query!(
        r#"with y as (
               select year, least(make_date(year, 12, 31), $2::date) as as_of,
                      make_date(year, 1, 1) as first
               from years
           ),
           shown as (
               select y.year, c.id
               from y
               join org_units c
                 on (c.id = $1 and c.parent_id is not null)
                 or (c.parent_id = $1
                     and exists (select 1 from org_units r where r.id = $1 and r.parent_id is null)
                     and c.valid_from <= y.as_of
                     and (c.valid_to is null or c.valid_to > y.first))
           )
           select y.year as "year!",
                  coalesce(sum(uc.expected), 0)::bigint as "expected!",
                  coalesce(sum(uc.registered), 0)::bigint as "registered!",
                  coalesce(sum(uc.approved), 0)::bigint as "approved!",
                  coalesce(sum(uc.waiting), 0)::bigint as "waiting!",
                  coalesce(sum(uc.not_started), 0)::bigint as "not_started!",
                  coalesce(sum(uc.orgs_expected), 0)::bigint as "orgs_expected!",
                  coalesce(sum(uc.orgs_registered), 0)::bigint as "orgs_registered!",
                  coalesce(sum(uc.committees_expected), 0)::bigint as "committees_expected!",
                  coalesce(sum(uc.committees_accepted), 0)::bigint as "committees_accepted!",
                  coalesce(sum(p.items), 0)::bigint as "items!",
                  coalesce(sum(p.done), 0)::bigint as "done!",
                  coalesce(sum(p.overdue), 0)::bigint as "overdue!",
                  coalesce(sum(r.excellent), 0)::bigint as "excellent!",
                  coalesce(sum(r.good), 0)::bigint as "good!",
                  coalesce(sum(r.completed), 0)::bigint as "completed!",
                  coalesce(sum(r.not_completed), 0)::bigint as "not_completed!",
                  coalesce(sum(r.not_rated), 0)::bigint as "not_rated!"
           from y
           left join shown s on s.year = y.year
           left join unit_counts uc on uc.unit_id = s.id and uc.year = s.year
           left join lateral (
               select sum(pc.items) as items, sum(pc.done) as done,
                      sum(pc.items - pc.done) filter (where pc.due_on < $2) as overdue
               from pledge_counts pc where pc.unit_id = s.id and pc.year = s.year) p on true
           left join rating_counts r on r.unit_id = s.id and r.year = s.year
           group by y.year
           order by y.year"#,
        unit as OrgUnitId,
        today
    )
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| YearFigures {
            year: r.year,
            figures: Figures {
                counts: Counts {
                    expected: r.expected,
                    registered: r.registered,
                    approved: r.approved,
                    waiting: r.waiting,
                    not_started: r.not_started,
                    overdue: 0,
                    orgs_expected: r.orgs_expected,
                    orgs_registered: r.orgs_registered,
                    committees_expected: r.committees_expected,
                    committees_accepted: r.committees_accepted,
                },
                pledges: Pledges {
                    items: r.items,
                    done: r.done,
                    overdue: r.overdue,
                },
                ratings: Ratings {
                    excellent: r.excellent,
                    good: r.good,
                    completed: r.completed,
                    not_completed: r.not_completed,
                    not_rated: r.not_rated,
                },
            },
        })
        .collect())
}
