; A165958: The digits on a number pad from lower right to upper left.
; Formula: a(n) = lodamod(3*lodadif((n-1)^3,2),10)
; 0,3,2,1,6,5,4,9,8,7

#offset 1

sub $0,1
pow $0,3
dif $0,2
mul $0,3
mod $0,10
