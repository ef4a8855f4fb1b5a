; A173067: a(n) = A130665(n-1) - A160715(n).
; Formula: a(n) = 6*truncate((lodadif(n-1,3)+(n-1))/11)
; 0,0,0,0,0,0,0,6,6,6,6,12,6

#offset 1

sub $0,1
mov $1,$0
dif $0,3
add $0,$1
div $0,11
mul $0,6
