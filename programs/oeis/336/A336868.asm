; A336868: Indicator function for numbers k such that k! has distinct prime multiplicities.
; Formula: a(n) = floor((max(n,2)+1)*lodabin(10,n)/2)%2
; 1,1,1,0,1,0,1,0,0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0

mov $1,10
bin $1,$0
max $0,2
add $0,1
mul $0,$1
div $0,2
mod $0,2
