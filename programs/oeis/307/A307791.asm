; A307791: Number of palindromic heptagonal numbers of length n whose index is also palindromic.
; Formula: a(n) = max(3-lodadif(2*(n-1),3),0)
; 3,1,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0

#offset 1

sub $0,1
mul $0,2
dif $0,3
mov $1,3
trn $1,$0
mov $0,$1
