; A170966: Expansion of Product_{i=0..m-1} (1 + x^(4*i+1)) for m = 3.
; Formula: a(n) = (4*n+1)%9%2
; 1,1,0,0,0,1,1,0,0,1,1,0,0,0,1,1

mul $0,4
add $0,1
mod $0,9
mod $0,2
