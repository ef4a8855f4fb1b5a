; A144193: Square array (5 X 5) read by rows.
; Formula: a(n) = binomial(n%14,5)%2
; 0,0,0,0,1,0,1,0,0,0,0,0,1,0,0,0,0,0,1,0,1,0,0,0,0

#offset 1

mod $0,14
bin $0,5
mod $0,2
