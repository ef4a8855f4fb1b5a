; A132680: Number of ones in binary representation of odious numbers.
; Formula: a(n) = 2*truncate(lodadgs(n-1,2)/2)+1
; 1,1,1,3,1,3,3,3,1,3,3,3,3,3,3,5,1,3,3,3,3,3,3,5,3,3,3,5,3,5,5,5,1,3,3,3,3,3,3,5,3,3,3,5,3,5,5,5,3,3,3,5,3,5,5,5,3,5,5,5,5,5,5,7,1,3,3,3,3,3,3,5,3,3,3,5,3,5,5,5

#offset 1

sub $0,1
dgs $0,2
div $0,2
mul $0,2
add $0,1
