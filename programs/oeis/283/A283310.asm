; A283310: Nim value of complete graph K_n.
; Formula: a(n) = (n%8+2)%3
; 0,1,2,0,1,2,0,2,0,1,2

#offset 1

mod $0,8
add $0,2
mod $0,3
