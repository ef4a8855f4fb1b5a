; A301337: Number of steps required in the worst case for two knights to find the princess in a castle with n rooms arranged in a line (Castle and princess puzzle).
; Formula: a(n) = truncate((2*(max(n-2,0)-1)+gcd(truncate((max(n-2,0)-1)/2),3))/3)+1
; 1,1,2,2,2,3,4,4,6,6,6,7,8,8,10,10,10,11,12,12

#offset 1

sub $0,2
max $0,0
sub $0,1
mov $1,$0
div $1,2
gcd $1,3
mul $0,2
add $0,$1
div $0,3
add $0,1
