; A228710: Characteristic function of numbers with alternating parities of their digits in decimal representation.
; Formula: a(n) = sumdigits(max(n,10),10)%2
; 1,1,1,1,1,1,1,1,1,1,1,0,1,0,1,0,1,0,1,0,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0,0,1,0,1,0,1,0,1,0,1,1,0,1,0,1,0,1,0,1,0

max $0,10
dgs $0,10
mod $0,2
