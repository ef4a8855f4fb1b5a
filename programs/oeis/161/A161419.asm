; A161419: First differences of A161418.
; Formula: a(n) = 6*truncate((lodadif(n+1,2)-1)/4)
; 0,0,0,6,0,6,0,12,6

#offset 1

add $0,1
dif $0,2
sub $0,1
div $0,4
mul $0,6
