; A376798: Least number of inequivalent cells in a polycube with n cells.
; Formula: a(n) = max(n-2,0)%2+floor(max(n-2,0)/7)+1
; 1,1,2,1,2,1,2,1,3,2,3,2,3

#offset 1

sub $0,2
max $0,0
mov $1,$0
mod $0,2
div $1,7
add $0,$1
add $0,1
