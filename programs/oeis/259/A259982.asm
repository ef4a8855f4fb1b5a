; A259982: Decimal expansion of 1/2^20.
; Formula: a(n) = lodamod(truncate(A011557(n+5)/10485760000),10)
; 0,0,0,0,0,0,9,5,3,6,7,4,3,1,6,4,0,6,2,5

add $0,5
seq $0,11557
div $0,10485760000
mod $0,10
