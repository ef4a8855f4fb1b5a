; A087748: Triangle formed by reading triangle of Stirling numbers of the first kind (A048994) mod 2.
; Formula: a(n) = lodamod(A103633(n),2)
; 1,0,1,0,1,1,0,0,1,1,0,0,1,0,1,0,0,0,1,0,1,0,0,0,1,1,1,1,0,0,0,0,1,1,1,1,0,0,0,0,1,0,0,0,1,0,0,0,0,0,1,0,0,0,1,0,0,0,0,0,1,1,0,0,1,1,0,0,0,0,0,0,1,1,0,0,1,1,0,0

seq $0,103633
mod $0,2
