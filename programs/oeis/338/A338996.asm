; A338996: Numbers of squares and rectangles of all sizes in 3*n*(n+1)/2-ominoes in form of three-quarters of Aztec diamonds.
; Formula: a(n) = floor(binomial((n+1)*(n+1),2)/3)+binomial(binomial(0-(n+1),2),2)
; 0,5,27,85,205,420,770,1302,2070,3135,4565,6435,8827,11830,15540,20060,25500,31977,39615,48545,58905,70840,84502,100050,117650,137475,159705,184527,212135,242730,276520

add $0,1
sub $1,$0
bin $1,2
mul $0,$0
bin $1,2
bin $0,2
div $0,3
add $0,$1
