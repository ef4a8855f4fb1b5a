; A084689: 3^n uses only distinct decimal digits.
; Formula: a(n) = (n%9+9)%10
; 0,1,2,3,4,5,6,7,9

#offset 1

mod $0,9
add $0,9
mod $0,10
