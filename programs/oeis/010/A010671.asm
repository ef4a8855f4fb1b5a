; A010671: Maximal size of binary code of length n correcting 4 unidirectional errors.
; Formula: a(n) = lodabin(truncate((n-1+(truncate((n-1)/5)-1))/6)+(n-7),truncate((n-1)/5)-1)+1
; 1,1,1,1,1,2,2,2,2,2,6,8

#offset 1

sub $0,7
mov $1,$0
add $0,6
mov $2,$0
div $2,5
sub $2,1
add $0,$2
div $0,6
add $0,$1
bin $0,$2
add $0,1
