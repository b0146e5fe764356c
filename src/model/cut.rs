//! Cutting a chart to what can be read: [`PARTNERS_SHOWN`] (how many partners or lanes a chart
//! draws at first, and adds on request) and [`most_cited`], the choice of which. The matrix's
//! columns, the timeline's lanes and the map's partners are chosen by this one rule; the
//! matrix's and the timeline's steps are smaller (`views::first_shown`).

/// How many partners (the map's) a chart draws at first: past a few dozen they are too many to
/// read (and a file can name thousands). The reader asks for more, or picks one.
pub const PARTNERS_SHOWN: usize = 40;

/// The indices of the `limit` largest of `cited` (each item's number of cited passages), most
/// cited first; among equals, in their order.
pub fn most_cited(cited: &[usize], limit: usize) -> Vec<usize> {
    let mut order: Vec<usize> = (0..cited.len()).collect();
    // A stable sort keeps the items' order among equals.
    order.sort_by(|a, b| cited[*b].cmp(&cited[*a]));
    order.truncate(limit);
    order
}

#[cfg(test)]
mod tests {
    use super::most_cited;

    #[test]
    fn the_most_cited_first_and_equals_in_their_order() {
        assert_eq!(most_cited(&[1, 5, 3, 5, 0], 3), vec![1, 3, 2]);
        assert_eq!(most_cited(&[2, 2], 5), vec![0, 1]);
        assert_eq!(most_cited(&[], 2), Vec::<usize>::new());
    }
}
