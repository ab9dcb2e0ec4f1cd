use apifault::ApiError;

#[derive(Debug, ApiError)]
pub enum PaymentError {
    /// A masked body carries no field: the details would never be sent.
    #[status(502)]
    #[message("Payment provider failed")]
    #[masked]
    Provider {
        #[details]
        response: String,
    },
}

fn main() {}
