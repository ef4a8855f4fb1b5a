; A307753: Number of palindromic pentagonal numbers of length n whose index is also palindromic.
; Formula: a(n) = truncate(lodafac(n-1+(2-(n-1)),2-(n-1))/2)
; 3,1,0,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0

#offset 1

sub $0,1
mov $1,2
sub $1,$0
add $0,$1
fac $0,$1
div $0,2
