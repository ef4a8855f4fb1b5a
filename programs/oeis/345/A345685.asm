; A345685: a(n) is the smallest cardinality of all covering sets associated with Riesel number A101036(n).
; Formula: a(n) = lodamod(truncate(A011557(n)/842),2)+6
; 6,6,7,7,6,7,6,6,6,6,7,6,6,7,7,6

#offset 1

seq $0,11557
div $0,842
mod $0,2
add $0,6
