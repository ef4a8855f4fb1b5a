; A045430: Number of dominoes with n spots (in standard set).
; Formula: a(n) = truncate((n-min(n,6)-min(n,6))/-2)+1
; 1,1,2,2,3,3,4,3,3,2,2,1,1

mov $1,$0
min $1,6
sub $0,$1
sub $0,$1
div $0,-2
add $0,1
