//! Content: reading `content/` into validated pages and sections, and the immutable `Library`
//! of indexes (types, tags, related items) built from them. No Markdown, no templates here.

pub mod alias;
pub(crate) mod front_matter;
pub mod library;
pub mod load;
pub mod page;
pub mod standalone;

pub use alias::Alias;
pub use library::Library;
pub use load::{Content, load};
pub use page::Page;
pub use standalone::Standalone;
