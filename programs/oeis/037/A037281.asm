; A037281: Number of iterations of transformation in A037280 needed to reach 1 or a prime, or -1 if no such number exists.
; Formula: a(n) = floor(lodadif(lodadif(n+1,2),2)/5)
; 0,0,0,1,0,1,0,1,1,2,0

#offset 1

add $0,1
dif $0,2
dif $0,2
div $0,5
