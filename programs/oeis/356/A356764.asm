; A356764: Semiprimes divisible by their indices in the sequence of semiprimes, divided by those indices.
; Formula: a(n) = 2*truncate((n-2)/6)+3+lodabin(0,n-1)
; 4,3,3,3,3,3,3,5,5,5,5,5,5,7,7,7,7

#offset 1

sub $0,1
bin $1,$0
sub $0,1
div $0,6
mul $0,2
add $0,3
add $0,$1
